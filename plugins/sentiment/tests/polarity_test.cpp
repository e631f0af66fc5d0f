// VADER's compound and proportions from word valences.
#include "polarity.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace strata::sentiment {
namespace {

TEST(Polarity, CompoundIsTheNormalizedSum) {
  EXPECT_NEAR(normalize(1.9), 1.9 / std::sqrt(1.9 * 1.9 + 15), 1e-12);
  EXPECT_EQ(normalize(0.0), 0.0);
  EXPECT_LT(normalize(-40.0), -0.99);
}

TEST(Polarity, ProportionsCountEachSentimentWordPlusOne) {
  // "VADER is smart, handsome, and funny.": VADER documents pos 0.746, neu 0.254.
  const std::vector<double> valences = {0, 0, 1.7, 2.2, 0, 1.9};
  const Polarity polarity = polarity_of(valences, 0.0);
  EXPECT_NEAR(polarity.pos, 0.746, 5e-4);
  EXPECT_NEAR(polarity.neu, 0.254, 5e-4);
  EXPECT_EQ(polarity.neg, 0.0);
  EXPECT_NEAR(polarity.compound, 0.8316, 1e-4);
}

TEST(Polarity, PunctuationAddsEmphasisWithCaps) {
  EXPECT_NEAR(punctuation_emphasis("Good!!"), 0.584, 1e-12);
  EXPECT_NEAR(punctuation_emphasis("Good!!!!!!"), 4 * 0.292, 1e-12);
  EXPECT_EQ(punctuation_emphasis("Good?"), 0.0);
  EXPECT_NEAR(punctuation_emphasis("Good??"), 0.36, 1e-12);
  EXPECT_NEAR(punctuation_emphasis("Good????"), 0.96, 1e-12);
  const std::vector<double> negative = {0, -1.5};
  EXPECT_LT(polarity_of(negative, 0.584).compound, polarity_of(negative, 0.0).compound);
}

TEST(Polarity, ALongTextScoresAsItsAveragePassage) {
  // Ten passages that each sum to 2: whole they would near 1; read per passage they score as one.
  std::vector<double> ten_passages;
  for (int i = 0; i < 10; ++i) ten_passages.insert(ten_passages.end(), {2.0, 0.0, 0.0});
  const std::vector<double> one_passage = {2.0, 0.0, 0.0};
  EXPECT_GT(polarity_of(ten_passages, 0.0).compound, 0.98);
  EXPECT_NEAR(polarity_of(ten_passages, 0.0, 10.0).compound, polarity_of(one_passage, 0.0).compound,
              1e-12);
  // The proportions do not depend on how the sum is read.
  EXPECT_EQ(polarity_of(ten_passages, 0.0, 10.0).pos, polarity_of(ten_passages, 0.0).pos);
}

// A document's sums gathered sentence by sentence score exactly as its words in one list.
TEST(Polarity, SumsGatheredInPartsScoreAsTheWholeList) {
  const std::vector<std::vector<double>> sentences = {{0.1, 0, -2.3}, {}, {1.7, 0.3, 0, -0.2}};
  std::vector<double> all;
  ValenceSums document;
  for (const std::vector<double>& sentence : sentences) {
    ValenceSums part;
    for (const double valence : sentence) {
      part.add(valence);
      document.add(valence);
    }
    all.insert(all.end(), sentence.begin(), sentence.end());
    const Polarity alone = polarity_of(sentence, 0.292);
    EXPECT_EQ(polarity_from(part, 0.292).compound, alone.compound);
    EXPECT_EQ(polarity_from(part, 0.292).neu, alone.neu);
  }
  const Polarity whole = polarity_of(all, 0.584, 2.0);
  const Polarity summed = polarity_from(document, 0.584, 2.0);
  EXPECT_EQ(summed.compound, whole.compound);
  EXPECT_EQ(summed.pos, whole.pos);
  EXPECT_EQ(summed.neu, whole.neu);
  EXPECT_EQ(summed.neg, whole.neg);
  EXPECT_EQ(document.words, 7U);
  EXPECT_NE(summed.compound, 0.0);
}

TEST(Polarity, NoWordsIsNeutral) {
  const Polarity polarity = polarity_of({}, 0.292);
  EXPECT_EQ(polarity.compound, 0.0);
  EXPECT_EQ(polarity.neu, 1.0);
}

}  // namespace
}  // namespace strata::sentiment
