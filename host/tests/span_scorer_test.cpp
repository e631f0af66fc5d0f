#include "span_scorer.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

Scores scored(const std::vector<LabelledSpan>& gold, const std::vector<LabelledSpan>& predicted,
              SpanMatch match = SpanMatch::exact) {
  Scores scores;
  score_document(gold, predicted, match, scores);
  return scores;
}

void expect_counts(const ScoreCounts& counts, std::size_t tp, std::size_t fp, std::size_t fn) {
  EXPECT_EQ(counts.true_positives, tp);
  EXPECT_EQ(counts.false_positives, fp);
  EXPECT_EQ(counts.false_negatives, fn);
}

TEST(SpanScorer, ExactMatchesCountOnce) {
  const auto scores = scored({{0, 5, "PER"}, {10, 14, "LOC"}}, {{0, 5, "PER"}, {10, 14, "LOC"}});
  expect_counts(scores.micro, 2, 0, 0);
  EXPECT_DOUBLE_EQ(scores.micro.f1(), 1.0);
}

TEST(SpanScorer, PartialSpanIsWrongWhenExactButRightWhenOverlapping) {
  const std::vector<LabelledSpan> gold = {{0, 11, "PER"}};       // "Mario Rossi"
  const std::vector<LabelledSpan> predicted = {{6, 11, "PER"}};  // "Rossi"
  expect_counts(scored(gold, predicted).micro, 0, 1, 1);
  expect_counts(scored(gold, predicted, SpanMatch::overlap).micro, 1, 0, 0);
}

TEST(SpanScorer, WrongLabelIsAFalsePositiveAndAFalseNegative) {
  const auto scores = scored({{0, 5, "ORG"}}, {{0, 5, "LOC"}});
  expect_counts(scores.per_label.at("ORG"), 0, 0, 1);
  expect_counts(scores.per_label.at("LOC"), 0, 1, 0);
  expect_counts(scores.micro, 0, 1, 1);
}

TEST(SpanScorer, DuplicatedPredictionCountsOnlyOnce) {
  const auto scores = scored({{0, 5, "PER"}}, {{0, 5, "PER"}, {0, 5, "PER"}});
  expect_counts(scores.micro, 1, 1, 0);
  EXPECT_DOUBLE_EQ(scores.micro.precision(), 0.5);
  EXPECT_DOUBLE_EQ(scores.micro.recall(), 1.0);
}

TEST(SpanScorer, OverlapPairsTheBestMatchesFirst) {
  // One prediction overlaps two gold spans; the larger overlap wins, the other gold is missed.
  const auto scores = scored({{0, 3, "LOC"}, {4, 12, "LOC"}}, {{2, 10, "LOC"}}, SpanMatch::overlap);
  expect_counts(scores.micro, 1, 0, 1);
}

TEST(SpanScorer, ReturnsTheMatchedPairs) {
  // The second prediction overlaps the second gold span more than the first prediction does.
  Scores scores;
  const auto pairs =
      score_document({{0, 3, "LOC"}, {4, 12, "LOC"}, {20, 25, "PER"}},
                     {{2, 6, "LOC"}, {5, 12, "LOC"}, {20, 25, "LOC"}}, SpanMatch::overlap, scores);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].gold, 1u);
  EXPECT_EQ(pairs[0].predicted, 1u);
  EXPECT_EQ(pairs[1].gold, 0u);
  EXPECT_EQ(pairs[1].predicted, 0u);
}

TEST(SpanScorer, MicroAverageAddsDocumentsAndLabels) {
  Scores scores;
  score_document({{0, 2, "PER"}}, {{0, 2, "PER"}}, SpanMatch::exact, scores);
  score_document({{0, 2, "LOC"}, {3, 4, "LOC"}}, {{0, 2, "LOC"}, {5, 6, "ORG"}}, SpanMatch::exact,
                 scores);
  expect_counts(scores.micro, 2, 1, 1);
  EXPECT_NEAR(scores.micro.f1(), 2.0 / 3.0, 1e-12);
  expect_counts(scores.per_label.at("LOC"), 1, 0, 1);
}

TEST(SpanScorer, NothingToScoreIsZeroNotNan) {
  const auto scores = scored({}, {});
  EXPECT_EQ(scores.micro.f1(), 0.0);
  EXPECT_TRUE(scores.per_label.empty());
}

TEST(TokenScorer, CountsTokensByTheLabelCoveringThem) {
  // Tokens: "Mario"(0-5) "Rossi"(6-11) "a"(12-13) "Roma"(14-18)
  const std::vector<TokenRange> tokens = {{0, 5}, {6, 11}, {12, 13}, {14, 18}};
  Scores scores;
  score_tokens(tokens, {{0, 11, "PER"}, {14, 18, "LOC"}}, {{6, 11, "PER"}, {12, 18, "ORG"}},
               scores);
  expect_counts(scores.per_label.at("PER"), 1, 0, 1);  // Rossi found, Mario missed
  expect_counts(scores.per_label.at("ORG"), 0, 2, 0);  // "a" and "Roma" wrongly ORG
  expect_counts(scores.per_label.at("LOC"), 0, 0, 1);
  expect_counts(scores.micro, 1, 2, 2);
}

}  // namespace
}  // namespace strata::host
