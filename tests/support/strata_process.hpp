// Running the strata program (and other tools) from tests, and scratch folders for their files.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace strata::testing {

// What a finished command left behind.
struct ProcessResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `command` (a shell command line) with standard input from `stdin_file` (or /dev/null).
ProcessResult run_command(const std::string& command, const std::string& stdin_file = "");

// Runs the strata program under test with these arguments (each is shell-quoted), with a fixed
// SOURCE_DATE_EPOCH and no STRATA_PLUGIN_PATH from the environment.
ProcessResult run_strata(const std::vector<std::string>& arguments,
                         const std::string& stdin_file = "");

// The shell command run_strata runs, for tests that need to start it themselves; `environment`
// (NAME=VALUE each) is set for it after the variables it clears.
std::string strata_command(const std::vector<std::string>& arguments,
                           const std::vector<std::string>& environment = {});

std::string shell_quoted(const std::string& word);
// The byte offset of code point `index` of UTF-8 `text` (JSON offsets count code points).
std::size_t byte_offset(const std::string& text, std::size_t index);
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

// The documents strata wrote below `root`, by path relative to it, with their content; the run
// manifests (strata-manifest*.jsonl) are left out, as their times differ from run to run, and so
// are the hidden temporary files a killed run leaves.
std::map<std::string, std::string> output_files_below(const std::filesystem::path& root);

// The folder with the fixture plugins, the source tree, and ../shared ("" if absent).
std::filesystem::path fixture_plugin_dir();
std::filesystem::path source_dir();
std::filesystem::path shared_dir();

// A fresh folder removed with everything in it when the object goes.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& relative) const { return path_ / relative; }

 private:
  std::filesystem::path path_;
};

}  // namespace strata::testing
