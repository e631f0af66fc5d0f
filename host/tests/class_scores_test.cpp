#include "class_scores.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

TEST(ClassTally, PerClassMacroF1AndAccuracy) {
  ClassTally tally({"positive", "neutral", "negative"});
  tally.add("positive", "positive");
  tally.add("positive", "neutral");
  tally.add("negative", "negative");
  tally.add("neutral", "negative");
  tally.add("neutral", "neutral");
  // positive: tp 1, fn 1 -> P 1, R 1/2, F 2/3. neutral: tp 1, fp 1, fn 1 -> F 1/2.
  // negative: tp 1, fp 1 -> P 1/2, R 1, F 2/3.
  const ScoreCounts positive = tally.counts("positive");
  EXPECT_EQ(positive.true_positives, 1u);
  EXPECT_EQ(positive.false_positives, 0u);
  EXPECT_EQ(positive.false_negatives, 1u);
  EXPECT_NEAR(positive.f1(), 2.0 / 3, 1e-12);
  EXPECT_NEAR(tally.counts("neutral").f1(), 0.5, 1e-12);
  EXPECT_NEAR(tally.counts("negative").precision(), 0.5, 1e-12);
  EXPECT_NEAR(tally.macro_f1(), (2.0 / 3 + 0.5 + 2.0 / 3) / 3, 1e-12);
  EXPECT_NEAR(tally.accuracy(), 3.0 / 5, 1e-12);
  EXPECT_EQ(tally.items(), 5u);
}

TEST(ClassTally, AClassNeverSeenStillCountsInTheMacroAverage) {
  ClassTally tally({"a", "b"});
  tally.add("a", "a");
  EXPECT_EQ(tally.counts("b").true_positives, 0u);
  EXPECT_DOUBLE_EQ(tally.macro_f1(), 0.5);
}

TEST(ClassTally, EmptyScoresZero) {
  const ClassTally tally({"a"});
  EXPECT_EQ(tally.accuracy(), 0.0);
  EXPECT_EQ(tally.macro_f1(), 0.0);
}

// Four tweets worked out by hand:
//   gold opos oneg   predicted
//   1    1    0      positive
//   2    0    1      positive
//   3    0    0      neutral
//   4    1    1      negative  (mixed gold)
TEST(SentipolcScores, PolarityFScoresOfATinyCase) {
  SentipolcScores scores;
  scores.add(true, false, "positive");
  scores.add(false, true, "positive");
  scores.add(false, false, "neutral");
  scores.add(true, true, "negative");
  EXPECT_EQ(scores.items, 4u);
  // opos=1: tp 1 (1), fp 1 (2), fn 1 (4) -> F 1/2; opos=0: tp 1 (3), fp 1 (4), fn 1 (2) -> F 1/2.
  EXPECT_EQ(scores.positive.present.true_positives, 1u);
  EXPECT_EQ(scores.positive.absent.false_positives, 1u);
  EXPECT_NEAR(scores.positive.f(), 0.5, 1e-12);
  // oneg=1: tp 1 (4), fn 1 (2) -> P 1, R 1/2, F 2/3;
  // oneg=0: tp 2 (1, 3), fp 1 (2) -> P 2/3, R 1, F 4/5.
  EXPECT_NEAR(scores.negative.present.f1(), 2.0 / 3, 1e-12);
  EXPECT_NEAR(scores.negative.absent.f1(), 0.8, 1e-12);
  EXPECT_NEAR(scores.negative.f(), (2.0 / 3 + 0.8) / 2, 1e-12);
  EXPECT_NEAR(scores.combined(), (0.5 + (2.0 / 3 + 0.8) / 2) / 2, 1e-12);
}

TEST(SentipolcScores, AllRightIsOne) {
  SentipolcScores scores;
  scores.add(true, false, "positive");
  scores.add(false, true, "negative");
  scores.add(false, false, "neutral");
  EXPECT_DOUBLE_EQ(scores.combined(), 1.0);
}

}  // namespace
}  // namespace strata::host
