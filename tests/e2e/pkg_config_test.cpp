// The installed pkg-config file: a plugin compiled and linked with nothing but what
// `pkg-config strata` says loads in the installed strata.
#include <gtest/gtest.h>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

constexpr const char* kPlugin = R"(#include <strata/strata.hpp>
namespace {
class Hello : public strata::Annotator {
 public:
  static constexpr const char* kName = "hello";
  static constexpr const char* kVersion = "0.0.1";
  static strata::Manifest manifest() {
    strata::Manifest m;
    m.provided_layers = {"hello"};
    return m;
  }
  explicit Hello(const strata::PluginContext&) {}
  void configure(const strata::Options&) override {}
  void process(strata::Document& document) override { document.add_layer("hello"); }
};
}  // namespace
STRATA_PLUGIN(Hello)
)";

TEST(PkgConfig, BuildsAPluginAgainstTheInstalledSdk) {
  if (run_command("pkg-config --version").exit_code != 0) GTEST_SKIP() << "no pkg-config";
  ScratchDir dir;
  const auto prefix = (dir / "prefix").string();
  const auto install = run_command("cmake --install " + shell_quoted(STRATA_BUILD_DIR) +
                                   " --prefix " + shell_quoted(prefix));
  ASSERT_EQ(install.exit_code, 0) << install.out << install.err;
  const std::string pkg_config =
      "PKG_CONFIG_PATH=" + shell_quoted(prefix + "/lib/pkgconfig") + " pkg-config ";

  const auto flags = run_command(pkg_config + "--cflags --libs strata");
  ASSERT_EQ(flags.exit_code, 0) << flags.err;
  EXPECT_NE(flags.out.find("-lstrata_sdk"), std::string::npos) << flags.out;
  const auto plugin_dir = run_command(pkg_config + "--variable=plugindir strata");
  ASSERT_EQ(plugin_dir.exit_code, 0) << plugin_dir.err;
  const auto plugin_dir_path = plugin_dir.out.substr(0, plugin_dir.out.find('\n'));
  EXPECT_TRUE(
      std::filesystem::is_regular_file(std::filesystem::path(plugin_dir_path) / "strata_tokens.so"))
      << plugin_dir_path;

  // --no-undefined: without the SDK library from Libs, linking fails here, not at load time.
  write_file(dir / "hello.cpp", kPlugin);
  const auto plugin = (dir / "strata_hello.so").string();
  const auto compile = run_command(
      "c++ -shared -fPIC -fvisibility=hidden -fvisibility-inlines-hidden -Wl,--no-undefined "
      "-Wl,--version-script=\"$(" +
      pkg_config + "--variable=pluginmap strata)\" " + shell_quoted((dir / "hello.cpp").string()) +
      " -o " + shell_quoted(plugin) + " $(" + pkg_config + "--cflags --libs strata)");
  ASSERT_EQ(compile.exit_code, 0) << compile.out << compile.err;

  const auto info = run_command("\"$(" + pkg_config + "--variable=strata strata)\" plugins info " +
                                shell_quoted(plugin));
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_NE(info.out.find("name:        hello"), std::string::npos) << info.out;

  // The installed checkers find the SDK's library beside them, as strata does.
  for (const char* tool : {"strata-tei-check", "strata-vrt-check"}) {
    const auto help = run_command(shell_quoted(prefix + "/bin/" + tool) + " --help");
    EXPECT_EQ(help.exit_code, 0) << tool << ": " << help.err;
    EXPECT_NE(help.out.find(std::string("usage: ") + tool), std::string::npos) << help.out;
  }
}

}  // namespace
}  // namespace strata::testing
