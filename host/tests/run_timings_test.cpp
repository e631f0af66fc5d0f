#include "run_timings.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

namespace strata::host {
namespace {

// Spends at least `milliseconds` of the calling thread's CPU time.
void burn(int milliseconds) {
  const std::uint64_t until = thread_cpu_nanoseconds() + 1'000'000ull * milliseconds;
  volatile std::uint64_t sink = 0;
  while (thread_cpu_nanoseconds() < until) sink = sink + 1;
}

double seconds_of(const RunTimings& timings, const std::string& phase) {
  for (const auto& p : timings.phases()) {
    if (p.name == phase) return p.seconds;
  }
  ADD_FAILURE() << "no phase " << phase;
  return -1;
}

TEST(RunTimings, EachMarkChargesTheTimeSinceTheLastToItsPhase) {
  RunTimings timings({"tokens", "entities"});
  timings.start_reading();
  burn(2);
  timings.start_step(0);
  burn(4);
  timings.start_step(1);
  burn(8);
  timings.start_step(2);  // the chain's size: writing
  burn(6);
  timings.finish(1234);
  const auto phases = timings.phases();
  ASSERT_EQ(phases.size(), 4u);
  EXPECT_EQ(phases[0].name, "reading");
  EXPECT_EQ(phases[1].name, "tokens");
  EXPECT_EQ(phases[2].name, "entities");
  EXPECT_EQ(phases[3].name, "writing");
  EXPECT_GE(phases[0].seconds, 0.002);
  EXPECT_GE(phases[1].seconds, 0.004);
  EXPECT_GE(phases[2].seconds, 0.008);
  EXPECT_GE(phases[3].seconds, 0.006);
  // Each phase got its own stretch, not the next one's as well.
  EXPECT_LT(phases[0].seconds, 0.004);
  EXPECT_LT(phases[1].seconds, 0.008);
  EXPECT_EQ(timings.documents(), 1u);
  EXPECT_EQ(timings.text_bytes(), 1234u);
}

TEST(RunTimings, TimeBetweenDocumentsIsNotCharged) {
  RunTimings timings({"tokens"});
  timings.start_reading();
  timings.start_step(1);
  timings.finish(10);
  const double writing = seconds_of(timings, "writing");
  burn(5);  // the manifest, the next job's planning: no phase's
  timings.start_reading();
  timings.finish(0);  // a document that could not be read
  EXPECT_LT(seconds_of(timings, "reading") + seconds_of(timings, "writing") - writing, 0.005);
  EXPECT_EQ(timings.documents(), 2u);
  EXPECT_EQ(timings.text_bytes(), 10u);
}

TEST(RunTimings, WorkersChargeTheSameTotals) {
  RunTimings timings({"tokens"});
  auto worker = [&timings] {
    for (int document = 0; document < 3; ++document) {
      timings.start_reading();
      timings.start_step(0);
      burn(2);
      timings.start_step(1);
      timings.finish(100);
    }
  };
  std::thread other(worker);
  worker();
  other.join();
  EXPECT_GE(seconds_of(timings, "tokens"), 0.012);
  EXPECT_EQ(timings.documents(), 6u);
  EXPECT_EQ(timings.text_bytes(), 600u);
}

TEST(RunTimings, TheTableAndTheJsonGiveEveryPhaseAndTheRest) {
  RunTimings timings({"tokens", "sentiment"});
  timings.start_reading();
  timings.start_step(0);
  burn(3);
  timings.start_step(2);
  timings.finish(2'000'000);
  const double tokens = seconds_of(timings, "tokens");
  const double all = 1.0;

  const auto json = nlohmann::json::parse(timings_json(timings, all, 2));
  EXPECT_EQ(json["documents"], 1);
  EXPECT_EQ(json["text_bytes"], 2'000'000);
  EXPECT_EQ(json["workers"], 2);
  ASSERT_EQ(json["phases"].size(), 4u);
  EXPECT_EQ(json["phases"][1]["name"], "tokens");
  EXPECT_DOUBLE_EQ(json["phases"][1]["seconds"].get<double>(), tokens);
  double in_phases = 0;
  for (const auto& phase : json["phases"]) in_phases += phase["seconds"].get<double>();
  EXPECT_NEAR(json["other_seconds"].get<double>(), all - in_phases, 1e-9);
  EXPECT_EQ(json["process_seconds"], all);

  const std::string table = timings_table(timings, all, 2);
  EXPECT_NE(table.find("1 document(s), 2.00 MB of text, 2 worker(s)"), std::string::npos) << table;
  for (const char* row : {"\n  reading ", "\n  tokens ", "\n  sentiment ", "\n  writing ",
                          "\n  other ", "\n  all "}) {
    EXPECT_NE(table.find(row), std::string::npos) << row << " in\n" << table;
  }
  // All of the process: 100%, and its MB per CPU second.
  EXPECT_NE(table.find("1.000  100.0%      2.0"), std::string::npos) << table;
}

}  // namespace
}  // namespace strata::host
