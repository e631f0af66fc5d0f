#include "strata/conll.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "strata/error.hpp"

namespace strata {
namespace {

ConllData read(const std::string& text) {
  std::istringstream in(text);
  return read_conll(in, "gold.tsv");
}

std::string error_of(const std::string& text) {
  try {
    read(text);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(Conll, ReadsSentencesTokensAndLabels) {
  const auto data = read("Mario\tB-PER\nRossi\tI-PER\nparla\tO\n\n-DOCSTART- O\n\nRoma x B-LOC\n");
  ASSERT_EQ(data.sentences.size(), 2u);
  EXPECT_EQ(data.sentences[0].tokens, (std::vector<std::string>{"Mario", "Rossi", "parla"}));
  EXPECT_EQ(data.sentences[0].labels, (std::vector<std::string>{"B-PER", "I-PER", "O"}));
  EXPECT_FALSE(data.sentences[0].starts_document);
  EXPECT_TRUE(data.sentences[1].starts_document);
  EXPECT_EQ(data.sentences[1].labels[0], "B-LOC");  // the last column is the label
  EXPECT_EQ(data.token_count, 4u);
}

TEST(Conll, RepairsAStrayInsideLabelWithAWarning) {
  const auto data = read("a\tO\nb\tI-ORG\nc\tI-ORG\nd\tI-LOC\n");
  EXPECT_EQ(data.sentences[0].labels, (std::vector<std::string>{"O", "B-ORG", "I-ORG", "B-LOC"}));
  ASSERT_EQ(data.warnings.size(), 2u);
  EXPECT_EQ(data.warnings[0], "gold.tsv:2: I-ORG continues no entity; read as B-ORG");
}

TEST(Conll, BadLinesNameFileAndLine) {
  EXPECT_EQ(error_of("a\tO\nb\tB-per\n"), "gold.tsv:2: label 'B-per' is not O, B-TYPE or I-TYPE");
  EXPECT_EQ(error_of("a\tO\nlonely\n"),
            "gold.tsv:2: expected a token and a label separated by whitespace, found 'lonely'");
  EXPECT_THROW(read_conll_file("/nonexistent.tsv"), Error);
  EXPECT_EQ(error_of("a\tO\nCitt\xe0\tB-LOC\n"), "gold.tsv:2: invalid UTF-8 at byte 5");
}

TEST(Conll, BioEntities) {
  EXPECT_EQ(
      bio_entities({"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"}),
      (std::vector<LabelledTokens>{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 5, "LOC"}, {5, 6, "ORG"}}));
}

}  // namespace
}  // namespace strata
