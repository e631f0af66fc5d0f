// The GoogleTest kit strata/testing.hpp: it passes a conforming plugin, and turns each failed
// check of a broken one into a failure that names the check.
#define STRATA_PROGRAM STRATA_BINARY
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <functional>
#include <strata/testing.hpp>

namespace {

// The messages of the GoogleTest failures that `body` reports (without the "Failed" line that
// ADD_FAILURE puts first), caught rather than failing.
std::vector<std::string> failures_of(const std::function<void()>& body) {
  ::testing::TestPartResultArray results;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &results);
    body();
  }
  std::vector<std::string> messages;
  for (int i = 0; i < results.size(); ++i) {
    std::string message = results.GetTestPartResult(i).message();
    if (message.starts_with("Failed\n")) message.erase(0, 7);
    messages.push_back(message);
  }
  return messages;
}

std::string fixture(const std::string& name) {
  return std::string(STRATA_FIXTURE_PLUGIN_DIR) + "/strata_" + name + ".so";
}

STRATA_TEST_PLUGIN_CONFORMANCE(KitPassesTheTokensPlugin, "tokens")

TEST(ConformanceKit, ReportsOneFailurePerFailedCheckNamingIt) {
  const auto report = strata::testing::check_plugin(fixture("undeclared"));
  EXPECT_EQ(report.exit_code, 1) << report.output;
  ASSERT_FALSE(report.failures.empty()) << report.output;
  for (const auto& failure : report.failures) {
    EXPECT_TRUE(failure.starts_with("FAIL  declared-layers  [")) << failure;
  }
  EXPECT_EQ(failures_of([] { STRATA_EXPECT_PLUGIN_CONFORMS(fixture("undeclared")); }),
            report.failures);
  const auto nondeterministic =
      failures_of([] { STRATA_EXPECT_PLUGIN_CONFORMS(fixture("nondeterministic")); });
  EXPECT_EQ(nondeterministic.size(), 10u);  // one per hard text
  for (const auto& failure : nondeterministic) {
    EXPECT_TRUE(failure.starts_with("FAIL  deterministic  [")) << failure;
  }
}

TEST(ConformanceKit, FailsWithStratasMessageWhenThePluginCannotBeLoaded) {
  EXPECT_NONFATAL_FAILURE(STRATA_EXPECT_PLUGIN_CONFORMS(fixture("notaplugin")),
                          "exited with 2:\nstrata: error: ");
}

TEST(ConformanceKit, TakesExtraPluginFolders) {
  // By name, the fixture is found only in the folder given.
  STRATA_EXPECT_PLUGIN_CONFORMS("counter", {STRATA_FIXTURE_PLUGIN_DIR});
}

}  // namespace
