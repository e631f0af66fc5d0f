// The strata program: dispatches to its commands.
#include <cerrno>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "exit_guard.hpp"
#include "logging.hpp"
#include "strata/version.hpp"
#include "version_info.hpp"

namespace {

constexpr const char* kUsage =
    "usage: strata annotate [INPUT...] [-c FILE | -p a,b,c] [-o PATH | --corpus-file FILE]\n"
    "                       [-f tei|tei-inline|tei-inline-rs|json|vrt|html] [-l it|en|auto]\n"
    "                       [-j N] [--isolate] [--window SIZE] [--plugin-path DIR]...\n"
    "                       [--set p.opt=value]... [--manifest FILE] [--resume]\n"
    "                       [--shard-index I --shard-count N] [--timings[=table|json]]\n"
    "                       [-q|-v]\n"
    "       strata plugins list [--plugin-path DIR]...\n"
    "       strata plugins graph [-p a,b,c | -c FILE] [--format text|dot]\n"
    "                            [--plugin-path DIR]...\n"
    "       strata plugins info NAME|PATH [--format text|json] [--plugin-path DIR]...\n"
    "       strata plugins check NAME|PATH [--plugin-path DIR]...\n"
    "       strata train NAME|PATH --data FILE... --lang L -o MODEL [--dev FILE]...\n"
    "                    [--lexicon FILE]... [--epochs N] [--seed S] [--plugin-path DIR]...\n"
    "       strata eval --gold G... --pred P --layer L [--match exact|overlap]\n"
    "                   [--format table|json] [--labels a,b]\n"
    "                   [--gold-format strata|conll|linkoln|vader|sentipolc]\n"
    "                   [--write-text DIR] [--document-sentences N] [--gold-neutral X]\n"
    "                   [--attribute F [--attribute-match name|exact]]\n"
    "       strata merge MANIFEST... [--corpus INPUT...] [-o MERGED] [--tei-corpus FILE]\n"
    "       strata report CORPUS_OUTPUT_DIR... -o REPORT.html [--top N]\n"
    "       strata slurm-script --corpus INPUT -o DIR --shards N [-p a,b,c] [--cpus C]\n"
    "       strata new-plugin NAME [--dir DIR] [--provides LAYER] [--requires LAYERS]\n"
    "       strata version\n";

}  // namespace

namespace strata::host {

int run_version() {
  // The SDK library actually loaded, which may differ from the headers strata was built with.
  const SdkVersion sdk = sdk_version();
  std::cout << "strata " << kStrataVersion << " (SDK API " << sdk.major << "." << sdk.minor
            << ", ABI " << sdk.abi_fingerprint << ")\n";
  return kSuccess;
}

}  // namespace strata::host

namespace {

// Runs `command`; nullopt for a command strata does not have.
std::optional<int> run_command(const std::string& command,
                               const std::vector<std::string>& arguments) {
  using namespace strata::host;
  if (command == "annotate") return run_annotate(arguments);
  if (command == "plugins") return run_plugins(arguments);
  if (command == "train") return run_train(arguments);
  if (command == "eval") return run_eval(arguments);
  if (command == "merge") return run_merge(arguments);
  if (command == "report") return run_report(arguments);
  if (command == "slurm-script") return run_slurm_script(arguments);
  if (command == "new-plugin") return run_new_plugin(arguments);
  if (command == "version" || command == "--version") return run_version();
  if (command == "help" || command == "--help" || command == "-h") {
    std::cout << kUsage;
    return kSuccess;
  }
  return std::nullopt;
}

// Whether what the command wrote to standard output got there: a table or report lost to a full
// disk must not end in success. A command that failed has said why (annotate names each document
// that standard output did not take) and keeps its own code.
int with_standard_output_checked(int code) {
  errno = 0;
  std::cout.flush();
  if (std::cout || code != strata::host::kSuccess) return code;
  const int reason = errno;
  std::cerr << "strata: cannot write standard output"
            << (reason != 0 ? std::string(": ") + std::strerror(reason) : std::string()) << "\n";
  return strata::host::kSomeDocumentsFailed;
}

int run_main(int argc, char** argv) {
  using namespace strata::host;
  set_up_logging();
  const std::vector<std::string> arguments(argv + std::min(argc, 2), argv + argc);
  const std::string command = argc > 1 ? argv[1] : "";
  try {
    if (const std::optional<int> code = run_command(command, arguments)) {
      return with_standard_output_checked(*code);
    }
  } catch (const std::exception& e) {
    spdlog::critical("internal error: {}", e.what());
    return kSetupFailed;
  }
  std::cerr << (command.empty() ? "strata: missing command\n"
                                : "strata: unknown command '" + command + "'\n")
            << kUsage;
  return kSetupFailed;
}

}  // namespace

int main(int argc, char** argv) {
  strata::host::install_exit_guard();
  const int code = run_main(argc, argv);
  strata::host::release_exit_guard();
  return code;
}
