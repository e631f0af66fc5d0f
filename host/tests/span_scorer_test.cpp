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

namespace strata::host {
namespace {

LabelledSpan quote(std::size_t begin, std::size_t end, std::optional<std::string> speaker) {
  return {begin, end, "quote", std::move(speaker)};
}

AttributeCounts attribute_scored(const std::vector<LabelledSpan>& gold,
                                 const std::vector<LabelledSpan>& predicted,
                                 AttributeMatch match = AttributeMatch::name) {
  Scores scores;
  const auto pairs = score_document(gold, predicted, SpanMatch::exact, scores);
  AttributeCounts counts;
  score_attribute(gold, predicted, pairs, match, counts);
  return counts;
}

void expect_attribute(const AttributeCounts& counts, std::size_t scored, std::size_t correct,
                      std::size_t missing, std::size_t gold_with_feature) {
  EXPECT_EQ(counts.scored, scored);
  EXPECT_EQ(counts.correct, correct);
  EXPECT_EQ(counts.missing, missing);
  EXPECT_EQ(counts.gold_with_feature, gold_with_feature);
}

TEST(AttributeScorer, CountsRightWrongAndMissingValuesOfMatchedSpans) {
  const auto counts = attribute_scored(
      {quote(0, 10, "Vladimir Putin"), quote(20, 30, "Joe Biden"), quote(40, 50, "Xi Jinping")},
      {quote(0, 10, "Putin"), quote(20, 30, "Kamala Harris"), quote(40, 50, std::nullopt)});
  expect_attribute(counts, 3, 1, 1, 3);
  EXPECT_DOUBLE_EQ(counts.accuracy(), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(counts.end_to_end(), 1.0 / 3.0);
}

TEST(AttributeScorer, ExactMatchRefusesAPartOfTheName) {
  const auto counts = attribute_scored({quote(0, 10, "Vladimir Putin")}, {quote(0, 10, "Putin")},
                                       AttributeMatch::exact);
  expect_attribute(counts, 1, 0, 0, 1);
}

TEST(AttributeScorer, UnmatchedGoldCountsOnlyEndToEnd) {
  // The second gold quote is not found; its speaker is wrong end to end, not in accuracy.
  const auto counts = attribute_scored({quote(0, 10, "Putin"), quote(20, 30, "Biden")},
                                       {quote(0, 10, "Putin"), quote(21, 30, "Biden")});
  expect_attribute(counts, 1, 1, 0, 2);
  EXPECT_DOUBLE_EQ(counts.accuracy(), 1.0);
  EXPECT_DOUBLE_EQ(counts.end_to_end(), 0.5);
}

TEST(AttributeScorer, GoldWithoutTheFeatureIsNotScored) {
  // A predicted value where the gold has none is neither right nor wrong.
  const auto counts = attribute_scored({quote(0, 10, std::nullopt)}, {quote(0, 10, "Putin")});
  expect_attribute(counts, 0, 0, 0, 0);
  EXPECT_EQ(counts.accuracy(), 0.0);
  EXPECT_EQ(counts.end_to_end(), 0.0);
}

TEST(AttributeScorer, DuplicatesAreScoredOncePerMatchedPair) {
  // Two predictions of one quote: only the first matched counts, the second is a false positive.
  auto counts =
      attribute_scored({quote(0, 10, "Putin")}, {quote(0, 10, "Biden"), quote(0, 10, "Putin")});
  expect_attribute(counts, 1, 0, 0, 1);
  // One prediction for a quote the gold has twice: the second gold span is unmatched.
  counts =
      attribute_scored({quote(0, 10, "Putin"), quote(0, 10, "Putin")}, {quote(0, 10, "Putin")});
  expect_attribute(counts, 1, 1, 0, 2);
}

TEST(AttributeScorer, AddsDocumentsUp) {
  AttributeCounts counts;
  for (int document = 0; document < 2; ++document) {
    const std::vector<LabelledSpan> gold = {quote(0, 10, "Putin")};
    const std::vector<LabelledSpan> predicted = {quote(0, 10, "V. Putin")};
    Scores scores;
    score_attribute(gold, predicted, score_document(gold, predicted, SpanMatch::exact, scores),
                    AttributeMatch::name, counts);
  }
  expect_attribute(counts, 2, 2, 0, 2);
}

}  // namespace
}  // namespace strata::host
