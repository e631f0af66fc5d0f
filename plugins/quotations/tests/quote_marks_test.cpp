#include "quote_marks.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

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

// The first character at or after `at` that mark_at calls a mark, or `end`: what
// next_possible_mark may not pass.
std::size_t next_mark(std::string_view text, std::size_t at, std::size_t end) {
  for (; at < end; at += mark_at(text, at).size) {
    if (mark_at(text, at).family != MarkFamily::none) return at;
  }
  return end;
}

TEST(QuoteMarks, SkipsNoMarkAndStopsAtItsFirstByte) {
  // Marks at every distance from an 8-byte boundary, among two- and three-byte characters that
  // are no marks (°, €, …: 0xC2 and 0xE2 start those too, so they are stops, not marks).
  const std::vector<std::string> pieces = {"a", "bb", "ccc", "dddddddd", "è", "°", "€",  "…", "«",
                                           "»", "“",  "”",   "„",        "‘", "’", "\"", "—", "–"};
  std::uint32_t seed = 7;
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (int i = 0; i < 12; ++i) {
      seed = seed * 1664525u + 1013904223u;
      text += pieces[(seed >> 16) % (round % 2 == 0 ? 8 : pieces.size())];
    }
    for (std::size_t at = 0; at <= text.size();
         at += at < text.size() ? mark_at(text, at).size : 1) {
      const std::size_t stop = next_possible_mark(text, at, text.size());
      ASSERT_GE(stop, at) << text;
      ASSERT_LE(stop, next_mark(text, at, text.size())) << text << " from " << at;
      if (stop < text.size()) {
        const auto byte = static_cast<unsigned char>(text[stop]);
        ASSERT_TRUE(byte == '"' || byte == 0xC2 || byte == 0xE2) << text << " from " << at;
      }
      // Nothing before the stop may start a mark.
      for (std::size_t before = at; before < stop; ++before) {
        const auto byte = static_cast<unsigned char>(text[before]);
        ASSERT_FALSE(byte == '"' || byte == 0xC2 || byte == 0xE2) << text << " from " << at;
      }
    }
  }
  EXPECT_EQ(next_possible_mark("abc", 5, 3), 5u);  // nothing to read: where it was
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
