#include "wn_dev_gold.hpp"

namespace strata::testing {

std::filesystem::path kind_wn_dev() {
  if (shared_dir().empty()) return {};
  const auto kind = shared_dir() / "data" / "kind" / "WN_dev.tsv";
  return std::filesystem::exists(kind) ? kind : std::filesystem::path{};
}

std::string wn_dev_unavailable() {
  if (kind_wn_dev().empty()) return "STRATA_SHARED_DIR with data/kind/WN_dev.tsv is not available";
  if (std::string(STRATA_PYTHON3).empty()) return "no python3 (scripts/install-deps)";
  return "";
}

ProcessResult run_data_script(const std::string& script,
                              const std::vector<std::string>& arguments) {
  std::string command = shell_quoted(STRATA_PYTHON3) + " " +
                        shell_quoted((source_dir() / "tests" / "data" / script).string());
  for (const std::string& argument : arguments) command += " " + shell_quoted(argument);
  return run_command(command);
}

ProcessResult restore_wn_dev(const std::filesystem::path& kind, const std::filesystem::path& out) {
  return run_data_script("restore-wn-dev.py", {"--strata", STRATA_BINARY, "--kind", kind.string(),
                                               "--out", out.string()});
}

}  // namespace strata::testing
