// docs/writing-a-plugin.md, tested: the example plugin builds outside this tree against an
// installed SDK, and strata runs it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

TEST(ExamplePlugin, BuildsOutOfTreeAgainstTheInstalledSdkAndRuns) {
  ScratchDir dir;
  const auto prefix = (dir / "prefix").string();
  const auto build = (dir / "build").string();
  const auto install = run_command("cmake --install " + shell_quoted(STRATA_BUILD_DIR) +
                                   " --prefix " + shell_quoted(prefix));
  ASSERT_EQ(install.exit_code, 0) << install.out << install.err;
  const auto configure = run_command(
      "cmake -S " + shell_quoted((source_dir() / "examples" / "keywords-plugin").string()) +
      " -B " + shell_quoted(build) + " -DCMAKE_PREFIX_PATH=" + shell_quoted(prefix));
  ASSERT_EQ(configure.exit_code, 0) << configure.out << configure.err;
  const auto compile = run_command("cmake --build " + shell_quoted(build));
  ASSERT_EQ(compile.exit_code, 0) << compile.out << compile.err;
  // strata_add_plugin() of the installed SDK embedded the manifest too.
  const auto section = run_command(
      "objcopy --dump-section strata_manifest=" + shell_quoted((dir / "manifest.json").string()) +
      " " + shell_quoted(build + "/strata_keywords.so") + " " +
      shell_quoted((dir / "copy.so").string()));
  ASSERT_EQ(section.exit_code, 0) << section.err;
  EXPECT_EQ(nlohmann::json::parse(read_file(dir / "manifest.json"))["name"], "keywords");

  // The installed strata, with the plugin from the build folder.
  const auto result =
      run_command("SOURCE_DATE_EPOCH=0 " + shell_quoted(prefix + "/bin/strata") + " annotate " +
                  shell_quoted((source_dir() / "examples" / "it-vertice-roma.txt").string()) +
                  " -p tokens,keywords -f json --plugin-path " + shell_quoted(build));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  ASSERT_TRUE(json["layers"].contains("keywords"));
  EXPECT_FALSE(json["layers"]["keywords"].empty());
  for (const auto& keyword : json["layers"]["keywords"]) {
    EXPECT_EQ(keyword["type"], "keyword");
    EXPECT_TRUE(keyword["features"]["entry"].is_string());
  }
}

}  // namespace
}  // namespace strata::testing
