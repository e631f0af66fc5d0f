// A document's scores as the word-weighted mean of its sentences'.
#include "document_polarity.hpp"

#include <gtest/gtest.h>

namespace strata::sentiment {
namespace {

TEST(DocumentPolarity, LongerSentencesWeighMore) {
  const std::vector<SentencePolarity> sentences = {{{0.8, 0.5, 0.5, 0.0}, 30},
                                                   {{-0.4, 0.0, 0.5, 0.5}, 10}};
  const Polarity document = document_polarity(sentences);
  EXPECT_NEAR(document.compound, (0.8 * 30 - 0.4 * 10) / 40, 1e-12);
  EXPECT_NEAR(document.pos, 0.375, 1e-12);
  EXPECT_NEAR(document.neu, 0.5, 1e-12);
  EXPECT_NEAR(document.neg, 0.125, 1e-12);
}

TEST(DocumentPolarity, ADocumentWithoutWordsIsNeutral) {
  const Polarity document = document_polarity({});
  EXPECT_EQ(document.compound, 0.0);
  EXPECT_EQ(document.neu, 1.0);
  const std::vector<SentencePolarity> empty = {{{0.5, 1.0, 0.0, 0.0}, 0}};
  EXPECT_EQ(document_polarity(empty).compound, 0.0);
}

}  // namespace
}  // namespace strata::sentiment
