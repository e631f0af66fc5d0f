#include "id_scorer.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

TEST(IdScorer, ComparesMultisetsWithoutRegardToCase) {
  ScoreCounts counts;
  score_ids({"urn:nir:stato:legge:1943;2-B", "a~art1", "a~art1", "b"},
            {"URN:NIR:STATO:LEGGE:1943;2-b", "a~art1", "c"}, counts);
  EXPECT_EQ(counts.true_positives, 2u);
  EXPECT_EQ(counts.false_negatives, 2u);  // the second a~art1 and b
  EXPECT_EQ(counts.false_positives, 1u);  // c
}

TEST(IdScorer, AddsDocumentsUp) {
  ScoreCounts counts;
  score_ids({"x"}, {"x"}, counts);
  score_ids({}, {"y", "y"}, counts);
  score_ids({"z"}, {}, counts);
  EXPECT_EQ(counts.true_positives, 1u);
  EXPECT_EQ(counts.false_positives, 2u);
  EXPECT_EQ(counts.false_negatives, 1u);
  EXPECT_DOUBLE_EQ(counts.precision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(counts.recall(), 0.5);
}

}  // namespace
}  // namespace strata::host
