#include "quote_marks.hpp"

#include <gtest/gtest.h>

namespace strata::quotations {
namespace {

TEST(QuoteMarks, KnowsWhichMarksOpenAndClose) {
  const std::string text = "«a» “b” „c“ \"d\" — e";
  EXPECT_TRUE(mark_at(text, 0).opens);
  EXPECT_EQ(mark_at(text, 0).family, MarkFamily::guillemet);
  EXPECT_EQ(mark_at(text, 0).size, 2u);
  EXPECT_TRUE(mark_at(text, 3).closes);
  EXPECT_FALSE(mark_at(text, 3).opens);
  EXPECT_EQ(mark_at(text, text.find("\"")).family, MarkFamily::straight);
  EXPECT_EQ(mark_at(text, text.find("—")).family, MarkFamily::dash);
  EXPECT_EQ(mark_at(text, 2).family, MarkFamily::none);
}

TEST(QuoteMarks, AnApostropheIsNoClosingMark) {
  const std::string text = "l’Italia e ‘sì’ po’ ";
  EXPECT_FALSE(mark_at(text, 1).closes);  // a letter follows
  const std::size_t single = text.find("‘");
  EXPECT_TRUE(mark_at(text, single).opens);
  EXPECT_TRUE(mark_at(text, text.find("’", single)).closes);
}

TEST(QuoteMarks, PairsOpenersWithTheirClosers) {
  EXPECT_TRUE(closes_quotation("«", "»"));
  EXPECT_TRUE(closes_quotation("„", "“"));
  EXPECT_TRUE(closes_quotation("„", "”"));
  EXPECT_TRUE(closes_quotation("“", "”"));
  EXPECT_FALSE(closes_quotation("«", "”"));
  EXPECT_FALSE(closes_quotation("“", "“"));
  EXPECT_TRUE(closes_quotation("\"", "\""));
}

}  // namespace
}  // namespace strata::quotations
