#include "foreign_tei_ranges.hpp"

#include <gtest/gtest.h>

#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

// A body with a word split by hi, a note inside a sentence and a collapsed run of spaces.
class ForeignTeiRangesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::parse_xml(tree_,
                       "<body><p>città di <hi>Ro</hi>ma<note>(sic)</note> e  poi</p></body>");
    text_ = extract_tei_text(tree_.child("body"));
    ASSERT_EQ(text_.text, "città di Roma e poi");
  }

  Offset at(std::string_view piece) const { return static_cast<Offset>(text_.text.find(piece)); }

  pugi::xml_document tree_;
  ExtractedText text_;
};

TEST_F(ForeignTeiRangesTest, ATokenInsideOneTextNodeHasItsNodeRange) {
  const ForeignTeiRanges ranges(text_);
  const auto di = ranges.node_range(at("di"), at("di") + 2);
  ASSERT_TRUE(di);
  EXPECT_EQ(std::string_view(text_.nodes[di->node].value()).substr(di->begin, di->end - di->begin),
            "di");
  EXPECT_FALSE(ranges.node_range(at("Roma"), at("Roma") + 4));      // crosses hi
  EXPECT_FALSE(ranges.node_range(at("e  poi"), at("e  poi") + 3));  // a collapsed space
}

TEST_F(ForeignTeiRangesTest, BodyRangesCountCodePointsOfAllTheBodysText) {
  const ForeignTeiRanges ranges(text_);
  // Body's text: "città di " (9 characters), "Ro", "ma", "(sic)", " e  poi".
  const auto roma = ranges.body_ranges(at("Roma"), at("Roma") + 4);
  ASSERT_EQ(roma.size(), 1u);
  EXPECT_EQ(roma[0].offset, 9u);
  EXPECT_EQ(roma[0].length, 4u);
  // Across the note: two runs, the note's characters left out.
  const auto across = ranges.body_ranges(at("ma e"), at("ma e") + 4);
  ASSERT_EQ(across.size(), 2u);
  EXPECT_EQ(across[0].offset, 11u);
  EXPECT_EQ(across[0].length, 2u);
  EXPECT_EQ(across[1].offset, 18u);
  EXPECT_EQ(across[1].length, 2u);  // " e"
  // The collapsed space stands for both spaces.
  const auto e_poi = ranges.body_ranges(at("e poi"), at("e poi") + 5);
  ASSERT_EQ(e_poi.size(), 1u);
  EXPECT_EQ(e_poi[0].length, 6u);
}

}  // namespace
}  // namespace strata::formats
