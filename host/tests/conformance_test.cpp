#include "conformance.hpp"

#include <gtest/gtest.h>

#include "plugin_failure.hpp"
#include "setup_error.hpp"

namespace strata::host {
namespace {

using Verdict = CheckResult::Verdict;

// The fixture plugins first, then the built-in ones that make their required layers.
PluginFinder finder() {
  return PluginFinder({STRATA_FIXTURE_PLUGIN_DIR, STRATA_PLUGIN_DIR});
}

// "VERDICT check [text]" for each result, details left out.
std::vector<std::string> outline(const std::vector<CheckResult>& results) {
  static const char* const words[] = {"PASS", "FAIL", "SKIP"};
  std::vector<std::string> lines;
  for (const auto& r : results) {
    lines.push_back(std::string(words[static_cast<int>(r.verdict)]) + " " + r.check +
                    (r.text.empty() ? "" : " [" + r.text + "]"));
  }
  return lines;
}

const std::vector<HardText> kTexts = {{"digits", "Nel 2021."}, {"words", "Niente cifre."}};

TEST(ConformanceSubject, RunsThePluginsThatMakeItsRequiredLayersFirst) {
  auto plugins = finder();
  const ConformanceSubject subject("outside", plugins);
  EXPECT_EQ(subject.manifest().name, "outside");
  EXPECT_EQ(subject.prerequisites(), std::vector<std::string>{"tokens"});
  Document document = subject.prepare(kTexts[1]);
  EXPECT_NE(document.find_layer("tokens"), nullptr);
  // Only what the plugin adds is its run; the tokens layer was there before.
  const SubjectRun run = subject.run(document, 0);
  EXPECT_FALSE(run.ok());
  EXPECT_TRUE(run.dump.empty());
  EXPECT_NE(run.error.find("is outside the text"), std::string::npos) << run.error;
}

TEST(ConformanceSubject, DumpsOnlyTheLayersThePluginAdded) {
  auto plugins = finder();
  const ConformanceSubject subject("undeclared", plugins);
  EXPECT_TRUE(subject.prerequisites().empty());
  Document document = subject.prepare(kTexts[1]);
  EXPECT_EQ(subject.run(document, 3).dump, std::vector<std::string>{"layer numbers"});
}

TEST(CheckConformance, FailsOnlyTheTextsThatMakeThePluginMisbehave) {
  auto plugins = finder();
  const auto results = check_conformance(ConformanceSubject("undeclared", plugins), kTexts);
  EXPECT_EQ(outline(results), (std::vector<std::string>{
                                  "PASS manifest", "PASS survives", "FAIL declared-layers [digits]",
                                  "PASS inside-text", "PASS deterministic", "PASS threads"}));
  EXPECT_EQ(results[4].detail, "1 of 2 texts ran twice alike (1 lines of layers)");
  EXPECT_EQ(results[5].detail, "1 texts, one shared instance");
}

TEST(CheckConformance, SkipsThreadsWhenNoTextRanOrThePluginIsNotDeterministic) {
  auto plugins = finder();
  const auto outside = check_conformance(ConformanceSubject("outside", plugins), kTexts);
  EXPECT_EQ(outside.back().verdict, Verdict::skip);
  EXPECT_EQ(outside.back().detail, "not run: no text ran without failing");
  // Nor is a plugin that never ran through called deterministic: nothing was compared.
  const auto& deterministic = outside[outside.size() - 2];
  EXPECT_EQ(deterministic.check, check_name::deterministic);
  EXPECT_EQ(deterministic.verdict, Verdict::skip);
  EXPECT_EQ(deterministic.detail, "not run: no text ran without failing");
  const auto nondeterministic =
      check_conformance(ConformanceSubject("nondeterministic", plugins), kTexts);
  EXPECT_EQ(outline(nondeterministic),
            (std::vector<std::string>{"PASS manifest", "PASS survives", "PASS declared-layers",
                                      "PASS inside-text", "FAIL deterministic [digits]",
                                      "FAIL deterministic [words]", "SKIP threads"}));
}

TEST(CheckConformance, ThreadsCompareEachWorkerWithOneThread) {
  auto plugins = finder();
  const auto results = check_conformance(ConformanceSubject("racy", plugins), kTexts);
  ASSERT_EQ(results.back().verdict, Verdict::fail);
  EXPECT_EQ(results.back().check, check_name::threads);
  EXPECT_NE(results.back().detail.find(" of 4 differs from one thread at line 2: "),
            std::string::npos)
      << results.back().detail;
}

TEST(CheckConformance, PerWorkerPluginsGetAnInstanceEach) {
  auto plugins = finder();
  const auto results = check_conformance(ConformanceSubject("counter", plugins), kTexts);
  EXPECT_EQ(results.back().verdict, Verdict::pass);
  EXPECT_EQ(results.back().detail, "2 texts, one instance per worker");
}

TEST(ConformanceSubject, RefusesAPluginWhoseRequirementsCannotBeMet) {
  auto plugins = finder();
  EXPECT_THROW(ConformanceSubject("needy", plugins), SetupError);
  EXPECT_THROW(ConformanceSubject("resplitter", plugins), SetupError);
}

}  // namespace
}  // namespace strata::host
