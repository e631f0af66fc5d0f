#include "code_point_cursor.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace strata::formats {
namespace {

// A text of one-, two-, three- and four-byte characters, long enough for many map blocks.
std::string mixed_text() {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "Citt\u00e0 \u2019bella\u2019 \U0001F600 ok. ";
  return text;
}

std::vector<std::size_t> boundaries(std::string_view text) {
  std::vector<std::size_t> result;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      result.push_back(i);
    }
  }
  return result;
}

TEST(CodePointCursor, AgreesWithTheOffsetMapGoingForward) {
  const std::string text = mixed_text();
  const OffsetMap map(text);
  CodePointCursor cursor(text, map);
  for (std::size_t at : boundaries(text)) {
    EXPECT_EQ(cursor.code_point_offset(at), map.code_point_offset(at)) << at;
  }
}

TEST(CodePointCursor, AgreesWithTheOffsetMapJumpingAnywhere) {
  const std::string text = mixed_text();
  const OffsetMap map(text);
  CodePointCursor cursor(text, map);
  const std::vector<std::size_t> all = boundaries(text);
  std::mt19937 random(42);
  std::uniform_int_distribution<std::size_t> pick(0, all.size() - 1);
  std::uniform_int_distribution<std::size_t> step(0, 3);
  std::size_t i = 0;
  for (int n = 0; n < 5000; ++n) {
    // Mostly small steps forward, as annotations in offset order go, and some jumps.
    i = n % 10 == 0 ? pick(random) : std::min(all.size() - 1, i + step(random));
    EXPECT_EQ(cursor.code_point_offset(all[i]), map.code_point_offset(all[i])) << all[i];
  }
}

TEST(CodePointCursor, RefusesOffsetsPastTheEndAsTheMapDoes) {
  const std::string text = "abc";
  const OffsetMap map(text);
  CodePointCursor cursor(text, map);
  EXPECT_EQ(cursor.code_point_offset(3), 3u);
  EXPECT_THROW(cursor.code_point_offset(4), std::exception);
}

}  // namespace
}  // namespace strata::formats
