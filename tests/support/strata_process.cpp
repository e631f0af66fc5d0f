#include "strata_process.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace strata::testing {

std::string shell_quoted(const std::string& word) {
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

ProcessResult run_command(const std::string& command, const std::string& stdin_file) {
  ScratchDir capture;
  const std::string line =
      "( " + command + " ) <" + shell_quoted(stdin_file.empty() ? "/dev/null" : stdin_file) + " >" +
      shell_quoted((capture / "out").string()) + " 2>" + shell_quoted((capture / "err").string());
  const int status = std::system(line.c_str());
  ProcessResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(capture / "out");
  result.err = read_file(capture / "err");
  return result;
}

std::size_t byte_offset(const std::string& text, std::size_t index) {
  std::size_t at = 0;
  for (std::size_t seen = 0; at < text.size() && seen < index; ++seen) {
    do ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
  }
  return at;
}

std::string strata_command(const std::vector<std::string>& arguments,
                           const std::vector<std::string>& environment) {
  // A test run inside a Slurm job or under mpirun must not be cut into shards.
  std::string command =
      "env -u STRATA_PLUGIN_PATH -u SLURM_ARRAY_TASK_ID -u OMPI_COMM_WORLD_RANK "
      "SOURCE_DATE_EPOCH=1764374400 ";
  for (const auto& variable : environment) command += shell_quoted(variable) + " ";
  command += shell_quoted(STRATA_BINARY);
  for (const auto& argument : arguments) command += " " + shell_quoted(argument);
  return command;
}

ProcessResult run_strata(const std::vector<std::string>& arguments, const std::string& stdin_file) {
  return run_command(strata_command(arguments), stdin_file);
}

std::map<std::string, std::string> output_files_below(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string name = entry.path().filename().string();
    // A run killed while writing leaves its hidden temporary file (.NAME.tmp-PID-N) behind.
    const bool temporary = name.starts_with(".") && name.find(".tmp-") != std::string::npos;
    if (entry.is_regular_file() && !name.starts_with("strata-manifest") && !temporary) {
      files[fs::relative(entry.path(), root).string()] = read_file(entry.path());
    }
  }
  return files;
}

fs::path fixture_plugin_dir() {
  return STRATA_FIXTURE_PLUGIN_DIR;
}
fs::path source_dir() {
  return STRATA_SOURCE_DIR;
}

fs::path shared_dir() {
  const char* configured = std::getenv("STRATA_SHARED_DIR");
  if (configured == nullptr || !fs::is_directory(configured)) return {};
  return fs::canonical(configured);
}

ScratchDir::ScratchDir() {
  static std::atomic<int> counter{0};
  path_ = fs::temp_directory_path() /
          ("strata-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

}  // namespace strata::testing
