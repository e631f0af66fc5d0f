// The strata program's commands; each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace strata::host {

// Exit codes shared by every command.
enum ExitCode : int {
  kSuccess = 0,
  kSomeDocumentsFailed = 1,  // also: training failed on its data
  kSetupFailed = 2,          // usage, chain or plugin error before any document was processed
};

int run_annotate(const std::vector<std::string>& arguments);
int run_plugins(const std::vector<std::string>& arguments);
int run_train(const std::vector<std::string>& arguments);
int run_eval(const std::vector<std::string>& arguments);
int run_merge(const std::vector<std::string>& arguments);
int run_report(const std::vector<std::string>& arguments);
int run_slurm_script(const std::vector<std::string>& arguments);
int run_new_plugin(const std::vector<std::string>& arguments);
int run_version();

}  // namespace strata::host
