#include "wn_dev_gold.hpp"

namespace strata::testing {

std::filesystem::path kind_wn_dev() {
  if (shared_dir().empty()) return {};
  const auto kind = shared_dir() / "data" / "kind" / "WN_dev.tsv";
  return std::filesystem::exists(kind) ? kind : std::filesystem::path{};
}

std::string python3() {
  return STRATA_PYTHON3;
}

ProcessResult restore_wn_dev(const std::filesystem::path& kind, const std::filesystem::path& out) {
  const auto script = source_dir() / "tests" / "data" / "restore-wn-dev.py";
  return run_command(shell_quoted(python3()) + " " + shell_quoted(script.string()) + " --strata " +
                     shell_quoted(STRATA_BINARY) + " --kind " + shell_quoted(kind.string()) +
                     " --out " + shell_quoted(out.string()));
}

}  // namespace strata::testing
