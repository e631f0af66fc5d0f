#include "strata/offset_map.hpp"

#include <gtest/gtest.h>

#include <string>

#include "strata/document.hpp"

namespace strata {
namespace {

// Walks the text and checks every boundary against a count made from scratch.
void expect_exact_everywhere(const std::string& text) {
  OffsetMap map(text);
  std::size_t code_points = 0;
  std::size_t utf16 = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const auto b = i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
    const bool boundary = i == text.size() || (b & 0xC0) != 0x80;
    if (!boundary) continue;
    ASSERT_EQ(map.code_point_offset(i), code_points) << "byte " << i;
    ASSERT_EQ(map.utf16_offset(i), utf16) << "byte " << i;
    ASSERT_EQ(map.byte_offset_of_code_point(code_points), i) << "code point " << code_points;
    if (i < text.size()) {
      ++code_points;
      utf16 += b >= 0xF0 ? 2 : 1;
    }
  }
  EXPECT_EQ(map.code_point_count(), code_points);
}

TEST(OffsetMap, EmptyText) {
  expect_exact_everywhere("");
}

TEST(OffsetMap, AsciiAcrossManyBlocks) {
  expect_exact_everywhere(std::string(1000, 'x'));
}

TEST(OffsetMap, EmojiNeedTwoUtf16Units) {
  OffsetMap map("a\xF0\x9F\x98\x80z");  // a 😀 z
  EXPECT_EQ(map.code_point_offset(5), 2u);
  EXPECT_EQ(map.utf16_offset(5), 3u);
  EXPECT_EQ(map.byte_offset_of_code_point(2), 5u);
}

TEST(OffsetMap, MixedTextStraddlingBlockBoundaries) {
  std::string text;
  for (int i = 0; i < 300; ++i) {
    text += "e\xCC\x81";         // e + combining acute (kept apart: no NFC here)
    text += "\xF0\x9F\x87\xAE";  // regional indicator I
    text += "\xE2\x82\xAC ";     // euro sign
  }
  expect_exact_everywhere(text);
}

TEST(OffsetMap, DocumentOffsetsAfterCrLfAndBom) {
  Document doc("d", "\xEF\xBB\xBFUno\r\ndue \xF0\x9F\x98\x80 tre");
  ASSERT_EQ(doc.text(), "Uno\ndue \xF0\x9F\x98\x80 tre");
  const auto tre = doc.text().find("tre");
  EXPECT_EQ(doc.offsets().code_point_offset(tre), 10u);
  EXPECT_EQ(doc.offsets().utf16_offset(tre), 11u);
}

TEST(OffsetMap, RefusesOffsetsPastTheEnd) {
  OffsetMap map("abc");
  EXPECT_ANY_THROW(map.code_point_offset(4));
  EXPECT_ANY_THROW(map.byte_offset_of_code_point(4));
}

}  // namespace
}  // namespace strata
