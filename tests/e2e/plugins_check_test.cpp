// strata plugins check: every built-in plugin passes; each broken fixture fails its one check.
#include <gtest/gtest.h>

#include <csignal>
#include <map>
#include <set>
#include <sstream>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

const std::vector<std::string> kChecks = {"manifest",    "survives",      "declared-layers",
                                          "inside-text", "deterministic", "threads"};

// The verdicts (PASS, FAIL, SKIP) printed for each check.
std::map<std::string, std::set<std::string>> verdicts(const std::string& out) {
  std::map<std::string, std::set<std::string>> found;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    std::string verdict, check;
    words >> verdict >> check;
    if (verdict == "PASS" || verdict == "FAIL" || verdict == "SKIP") found[check].insert(verdict);
  }
  return found;
}

ProcessResult check(const std::string& name_or_path) {
  return run_strata({"plugins", "check", name_or_path});
}

std::string fixture(const std::string& name) {
  return (fixture_plugin_dir() / ("strata_" + name + ".so")).string();
}

// Each check passes, except `failing`, which fails, and those in `skipped`.
void expect_only_failure(const std::string& fixture_name, const std::string& failing,
                         const std::set<std::string>& skipped = {}) {
  SCOPED_TRACE(fixture_name);
  const auto result = check(fixture(fixture_name));
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  const auto found = verdicts(result.out);
  for (const auto& name : kChecks) {
    const std::string expected = name == failing ? "FAIL" : skipped.count(name) ? "SKIP" : "PASS";
    EXPECT_EQ(found.count(name) ? found.at(name) : std::set<std::string>{},
              std::set<std::string>{expected})
        << name << "\n"
        << result.out;
  }
}

// A plugin that takes the process down leaves the first line and a note of the text it was on.
TEST(PluginsCheck, ACrashNamesTheText) {
  const auto result = check(fixture("emptycrasher"));
  EXPECT_EQ(result.exit_code, 128 + SIGABRT) << result.out << result.err;
  EXPECT_EQ(result.out, "checking plugin 'emptycrasher'\n") << result.out;
  EXPECT_NE(result.err.find("strata: error: crashed (SIGABRT) in plugin 'emptycrasher' on "
                            "document 'empty'\n"),
            std::string::npos)
      << result.err;
}

TEST(PluginsCheck, EveryBuiltInPluginPassesEveryCheck) {
  for (const char* name : {"tokens", "entities", "quotations", "sentiment", "legal"}) {
    const auto result = check(name);
    EXPECT_EQ(result.exit_code, 0) << name << "\n" << result.out << result.err;
    const auto found = verdicts(result.out);
    for (const auto& check_name : kChecks) {
      EXPECT_EQ(found.count(check_name) ? found.at(check_name) : std::set<std::string>{},
                std::set<std::string>{"PASS"})
          << name << ": " << check_name << "\n"
          << result.out;
    }
  }
}

TEST(PluginsCheck, PluginWritingOutsideTheTextFailsInsideText) {
  expect_only_failure("outside", "inside-text");
  const auto result = check(fixture("outside"));
  // It needs tokens: the check runs the tokens plugin first, found on the plugin path.
  EXPECT_NE(result.out.find("checking plugin 'outside' after tokens"), std::string::npos);
  EXPECT_NE(result.out.find("FAIL  inside-text  [emoji]  plugin 'outside' failed: layer 'spans': "
                            "annotation [100, 105) cuts a UTF-8 character"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("FAIL  inside-text  [one-character]  plugin 'outside' failed: layer "
                            "'spans': annotation [0, 2) is outside the text (1 bytes)"),
            std::string::npos)
      << result.out;
}

TEST(PluginsCheck, PluginWritingAnUndeclaredLayerFailsDeclaredLayers) {
  expect_only_failure("undeclared", "declared-layers");
  const auto result = check(fixture("undeclared"));
  EXPECT_NE(result.out.find("FAIL  declared-layers  [prose-it]  plugin 'undeclared' failed: "
                            "plugin 'undeclared' tried to add layer 'digits'"),
            std::string::npos)
      << result.out;
  // Texts without a digit never make it write the layer.
  EXPECT_EQ(result.out.find("[punctuation]"), std::string::npos) << result.out;
}

TEST(PluginsCheck, NondeterministicPluginFailsDeterministicAndSkipsThreads) {
  expect_only_failure("nondeterministic", "deterministic", {"threads"});
  const auto result = check(fixture("nondeterministic"));
  EXPECT_NE(result.out.find("FAIL  deterministic  [empty]  two runs differ at line 2: "
                            "'0 0 0 mark call=1' vs '0 0 0 mark call=2'"),
            std::string::npos)
      << result.out;
}

TEST(PluginsCheck, PluginWithSharedStateFailsThreads) {
  expect_only_failure("racy", "threads");
}

TEST(PluginsCheck, PluginThatCannotBeLoadedExitsWithTwo) {
  for (const char* name : {"notaplugin", "othermajor"}) {
    const auto result = check(fixture(name));
    EXPECT_EQ(result.exit_code, 2) << name;
    EXPECT_TRUE(result.out.empty()) << result.out;
    EXPECT_NE(result.err.find("strata_" + std::string(name) + ".so: "), std::string::npos)
        << result.err;
  }
  const auto unknown = check("nosuch");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no plugin named 'nosuch'"), std::string::npos) << unknown.err;
}

TEST(PluginsCheck, PluginWhoseRequirementsCannotBeMetExitsWithTwo) {
  const auto needy = check(fixture("needy"));
  EXPECT_EQ(needy.exit_code, 2);
  EXPECT_NE(needy.err.find("plugin 'needy' requires layer 'nowhere', which no plugin on the "
                           "plugin path provides"),
            std::string::npos)
      << needy.err;
  const auto resplitter = check(fixture("resplitter"));
  EXPECT_EQ(resplitter.exit_code, 2);
  EXPECT_NE(resplitter.err.find("cannot check plugin 'resplitter': its layer 'sentences' is also "
                                "made by 'tokens'"),
            std::string::npos)
      << resplitter.err;
}

TEST(PluginsCheck, NeedsExactlyOnePlugin) {
  const auto result = run_strata({"plugins", "check"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("'strata plugins check NAME|PATH'"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace strata::testing
