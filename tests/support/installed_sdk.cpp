#include "installed_sdk.hpp"

#include <stdexcept>

#include "strata_process.hpp"

namespace strata::testing {

const std::filesystem::path& installed_sdk_prefix() {
  static const ScratchDir dir;
  static const std::filesystem::path prefix = [] {
    const std::filesystem::path path = dir / "prefix";
    const auto install = run_command("cmake --install " + shell_quoted(STRATA_BUILD_DIR) +
                                     " --prefix " + shell_quoted(path.string()));
    if (install.exit_code != 0) {
      throw std::runtime_error("cmake --install failed: " + install.out + install.err);
    }
    return path;
  }();
  return prefix;
}

}  // namespace strata::testing
