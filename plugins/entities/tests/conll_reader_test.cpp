#include "conll_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "entity_test_support.hpp"
#include "strata/error.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

using testing::kind_tags;

ConllData read(const std::string& text) {
  std::istringstream in(text);
  return read_conll(in, "data.tsv", kind_tags());
}

std::string error_of(const std::string& text) {
  return testing::error_of([&] { read(text); });
}

TEST(ConllReader, ReadsSentencesSeparatedByBlankLines) {
  const ConllData data = read("Mario\tB-PER\nRossi\tI-PER\nparla\tO\n\n\nA\tO\nRoma\tB-LOC\n");
  ASSERT_EQ(data.sentences.size(), 2u);
  EXPECT_EQ(data.sentences[0].tokens, (std::vector<std::string>{"Mario", "Rossi", "parla"}));
  EXPECT_EQ(data.sentences[0].tags,
            (std::vector<Tag>{TagSet::begin_tag(0), TagSet::inside_tag(0), TagSet::kOutside}));
  EXPECT_EQ(data.sentences[1].tags[1], TagSet::begin_tag(1));
  EXPECT_EQ(data.token_count, 5u);
  EXPECT_TRUE(data.warnings.empty());
}

TEST(ConllReader, TakesTheFirstColumnAsTokenAndTheLastAsLabel) {
  const ConllData data = read("EU NNP B-NP B-ORG\r\nrejects VBZ B-VP O\r\n");
  ASSERT_EQ(data.sentences.size(), 1u);
  EXPECT_EQ(data.sentences[0].tokens[0], "EU");
  EXPECT_EQ(data.sentences[0].tags[0], TagSet::begin_tag(2));
  EXPECT_EQ(data.sentences[0].tags[1], TagSet::kOutside);
}

TEST(ConllReader, DocumentStartLinesMarkTheNextSentence) {
  const ConllData data = read("-DOCSTART- -X- O\n\nUno\tO\n\nDue\tO\n-DOCSTART-\tO\nTre\tO\n");
  ASSERT_EQ(data.sentences.size(), 3u);
  EXPECT_TRUE(data.sentences[0].starts_document);
  EXPECT_FALSE(data.sentences[1].starts_document);
  EXPECT_TRUE(data.sentences[2].starts_document);
}

TEST(ConllReader, ALabelOfAnUnknownTypeNamesFileLineAndTheTypes) {
  EXPECT_EQ(error_of("Mario\tB-PER\n\nRoma\tB-LOC\nCity\tO\nHall\tI-GPE\nRoma\tB-GPE\n"),
            "data.tsv:5: label of unknown type 'GPE': expected O, B-X or I-X with X one of "
            "PER, LOC, ORG");
}

TEST(ConllReader, TheSdkReaderChecksTheLines) {
  EXPECT_NE(error_of("a\tO\n\nb\tX-PER\n").find("data.tsv:3: label 'X-PER'"), std::string::npos);
  EXPECT_EQ(error_of("Mario\tB-PER\nRossi\n"),
            "data.tsv:2: expected a token and a label separated by whitespace, found 'Rossi'");
}

TEST(ConllReader, StrayInsideLabelsAreReadAsBeginWithOneWarning) {
  const ConllData data = read("a\tO\nRoma\tI-LOC\n\nLa\tB-PER\nFiat\tI-ORG\n");
  EXPECT_EQ(data.sentences[0].tags[1], TagSet::begin_tag(1));
  EXPECT_EQ(data.sentences[1].tags[1], TagSet::begin_tag(2));
  EXPECT_EQ(data.repaired_inside_labels, 2u);
  ASSERT_EQ(data.warnings.size(), 1u);
  EXPECT_EQ(data.warnings[0].find("data.tsv:2: I-LOC"), 0u) << data.warnings[0];
  EXPECT_NE(data.warnings[0].find("(and 1 more like it)"), std::string::npos) << data.warnings[0];
}

TEST(ConllReader, MissingFileIsAnError) {
  EXPECT_THROW(read_conll_file("/nonexistent/data.tsv", kind_tags()), Error);
}

}  // namespace
}  // namespace strata::entities
