#include "span_score.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace strata::entities {
namespace {

using testing::sentence;

// "right/predicted/gold".
std::string counts(const SpanScore& score) {
  return std::to_string(score.right()) + "/" + std::to_string(score.predicted()) + "/" +
         std::to_string(score.gold());
}

TEST(SpanScore, ExactSpansNeedTypeAndBothEnds) {
  SpanScore score;
  const auto gold = sentence("Mario/B-PER Rossi/I-PER va a Roma/B-LOC con la Fiat/B-ORG");
  const auto predicted = sentence("Mario/B-PER Rossi/O va a Roma/B-LOC con la Fiat/B-LOC");
  score.add(gold.tags, predicted.tags);
  EXPECT_EQ(counts(score), "1/3/3");  // Roma; not Mario for Mario Rossi, nor Fiat as LOC
  EXPECT_DOUBLE_EQ(score.f1(), 1.0 / 3.0);
}

TEST(SpanScore, AccumulatesOverSentences) {
  SpanScore score;
  const auto first = sentence("a Roma/B-LOC e Milano/B-LOC");
  const auto second = sentence("la Fiat/B-ORG e la Banca/B-ORG d'/I-ORG Italia/I-ORG");
  const auto shifted = sentence("la Fiat/O e la Banca/O d'/B-ORG Italia/I-ORG");
  score.add(first.tags, first.tags);
  score.add(second.tags, shifted.tags);
  EXPECT_EQ(counts(score), "2/3/4");
  EXPECT_DOUBLE_EQ(score.f1(), 4.0 / 7.0);
}

TEST(SpanScore, NothingToFindScoresZeroNotNaN) {
  SpanScore score;
  const auto plain = sentence("niente da vedere");
  score.add(plain.tags, plain.tags);
  EXPECT_EQ(score.f1(), 0.0);
}

}  // namespace
}  // namespace strata::entities
