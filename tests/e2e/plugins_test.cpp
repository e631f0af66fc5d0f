// Plugin files: what they export, and what strata plugins list/info and version say.
#include <gtest/gtest.h>

#include <sstream>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

const fs::path kPluginDir = fs::path(STRATA_PLUGIN_DIR);

std::vector<std::string> exported_symbols(const fs::path& library) {
  const auto result = run_command("nm -D --defined-only " + shell_quoted(library.string()));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> symbols;
  std::istringstream lines(result.out);
  for (std::string address, kind, name; lines >> address >> kind >> name;) {
    symbols.push_back(name);
  }
  return symbols;
}

// The entry point, and beside it what a manifest() that threw said, from STRATA_PLUGIN (the
// fixtures that write their entry by hand have only the first).
TEST(PluginFiles, ExportNothingButTheEntryPoints) {
  const std::vector<std::string> by_hand{"strata_plugin"};
  const std::vector<std::string> by_macro{"strata_plugin", "strata_plugin_manifest_failure"};
  int checked = 0;
  int with_failure = 0;
  for (const auto& dir : {kPluginDir, fixture_plugin_dir()}) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      const auto name = entry.path().filename().string();
      if (!name.ends_with(".so") || name == "strata_notaplugin.so") continue;
      const auto symbols = exported_symbols(entry.path());
      EXPECT_TRUE(symbols == by_hand || symbols == by_macro) << name;
      with_failure += symbols == by_macro;
      ++checked;
    }
  }
  EXPECT_GE(checked, 5);       // tokens and the fixtures at least
  EXPECT_GE(with_failure, 5);  // the built-in plugins
}

TEST(PluginsCommand, ListShowsInstalledPluginsAndWarnsAboutBrokenOnes) {
  const auto result =
      run_strata({"plugins", "list", "--plugin-path", fixture_plugin_dir().string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("counter\t0.2.0\tcounts\ttokens\t"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("tokens\t1.0.0\ttokens,sentences,paragraphs\t-\t"), std::string::npos)
      << result.out;
  EXPECT_NE(result.err.find("strata_othermajor.so: wrong SDK API version"), std::string::npos);
  EXPECT_NE(result.err.find("strata_notaplugin.so: not a Strata plugin"), std::string::npos);
}

TEST(PluginsCommand, ListSaysWhichCopyOfAPluginIsHidden) {
  ScratchDir dir;
  std::filesystem::create_directories(dir / "mine");
  std::filesystem::copy_file(kPluginDir / "strata_tokens.so", dir / "mine" / "strata_tokens.so");
  const auto result = run_strata({"plugins", "list", "--plugin-path", (dir / "mine").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find((kPluginDir / "strata_tokens.so").string() +
                            ": plugin 'tokens' is hidden by " +
                            (dir / "mine" / "strata_tokens.so").string() + ", found first"),
            std::string::npos)
      << result.err;
}

TEST(PluginsCommand, InfoByNameShowsOptionsWithTypesAndDefaults) {
  const auto result =
      run_strata({"plugins", "info", "counter", "--plugin-path", fixture_plugin_dir().string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("requires:    tokens"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("concurrency: per-worker"), std::string::npos);
  EXPECT_NE(result.out.find("  weight (real, default '1.5'): recorded as a feature"),
            std::string::npos);
}

TEST(PluginsCommand, InfoByPath) {
  const auto result = run_strata({"plugins", "info", (kPluginDir / "strata_tokens.so").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("name:        tokens"), std::string::npos) << result.out;
}

// It was ignored: "list --format json" printed the table, as if JSON had been written.
TEST(PluginsCommand, FormatOnlyWhereItMeansSomething) {
  for (const char* word : {"list", "check"}) {
    std::vector<std::string> arguments = {"plugins", word, "--format", "json"};
    if (std::string(word) == "check") arguments.insert(arguments.begin() + 2, "tokens");
    const auto result = run_strata(arguments);
    EXPECT_EQ(result.exit_code, 2) << word;
    EXPECT_NE(
        result.err.find("--format belongs to 'strata plugins info' and 'strata plugins graph'"),
        std::string::npos)
        << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
  }
}

TEST(PluginsCommand, InfoOnUnknownPluginIsAnError) {
  const auto result = run_strata({"plugins", "info", "nosuch"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no plugin named 'nosuch'"), std::string::npos);
}

TEST(VersionCommand, NamesVersionApiAndAbi) {
  const auto result = run_strata({"version"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_TRUE(result.out.starts_with("strata 0.1.0 (SDK API 1.7, ABI gcc-")) << result.out;
}

}  // namespace
}  // namespace strata::testing
