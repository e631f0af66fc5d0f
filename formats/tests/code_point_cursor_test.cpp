#include "code_point_cursor.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "strata/error.hpp"

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

// Readers turn code point offsets back into bytes, mostly a little further on each time.
TEST(CodePointCursor, GivesBackBytesAsTheOffsetMapDoes) {
  const std::string text = mixed_text();
  const OffsetMap map(text);
  CodePointCursor cursor(text, map);
  const std::size_t count = map.code_point_count();
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> pick(0, count);
  std::uniform_int_distribution<std::size_t> step(0, 3);
  std::size_t at = 0;
  for (int n = 0; n < 5000; ++n) {
    at = n % 10 == 0 ? pick(random) : std::min(count, at + step(random));
    EXPECT_EQ(cursor.byte_offset_of_code_point(at), map.byte_offset_of_code_point(at)) << at;
    // The two directions share one position.
    const std::size_t byte = map.byte_offset_of_code_point(at);
    EXPECT_EQ(cursor.code_point_offset(byte), at);
  }
  EXPECT_THROW(cursor.byte_offset_of_code_point(count + 1), Error);
}

}  // namespace
}  // namespace strata::formats
