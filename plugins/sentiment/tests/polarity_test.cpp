// VADER's compound and proportions from word valences.
#include "polarity.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace strata::sentiment {
namespace {

// round_to is std::round's result, to the bit (the sign of zero too), on halves, near halves,
// scores of -1..1 and values beyond its fast path.
TEST(Polarity, RoundingIsStdRoundsToTheBit) {
  std::vector<double> values = {0.0,
                                -0.0,
                                0.5,
                                -0.5,
                                0.00005,
                                -0.00005,
                                0.12345,
                                -0.12345,
                                0.99995,
                                -0.99995,
                                1.0,
                                -1.0,
                                0.49999999999999994,
                                -0.49999999999999994,
                                1e15,
                                -1e300,
                                std::numeric_limits<double>::infinity()};
  for (int i = -20000; i <= 20000; ++i) values.push_back(i / 20000.0 + i * 1e-9);
  for (int i = -1000; i <= 1000; ++i) values.push_back(std::nextafter(i / 2000.0, 1.0));
  for (const double value : values) {
    for (int places = 0; places <= 4; ++places) {
      const double scale = std::pow(10.0, places);
      const double expected = std::round(value * scale) / scale;
      const double got = round_to(value, places);
      EXPECT_EQ(std::bit_cast<std::uint64_t>(got), std::bit_cast<std::uint64_t>(expected))
          << value << " to " << places << ": " << got << " against " << expected;
    }
  }
  EXPECT_TRUE(std::isnan(round_to(std::nan(""), 3)));
}

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
