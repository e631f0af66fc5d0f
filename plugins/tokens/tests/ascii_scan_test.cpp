#include "ascii_scan.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::tokens {
namespace {

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The byte loops the functions stand for.
std::size_t slow_skip_non_letters(std::string_view text, std::size_t pos) {
  while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80 && !is_letter(text[pos]))
    ++pos;
  return pos;
}

std::size_t slow_skip_letters(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_letter(text[pos])) ++pos;
  return pos;
}

std::size_t slow_skip_alnum(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (is_letter(text[pos]) || (text[pos] >= '0' && text[pos] <= '9')))
    ++pos;
  return pos;
}

TEST(AsciiScan, AgreesWithAByteLoopFromEveryOffset) {
  const std::string text =
      "Dell'ONU, citt\u00e0 -- 42 parole@[`{Z]AazZ\t\n\x7F\x01/09:;a1b2c3d4e5f6g7h8i9j0"
      "abcdefghijklmnopqrstuvwxyz    ...,,,;;;!!!  ABCDEFGHIJKLMNOPQRSTUVWXYZ \u2019s fine";
  for (std::size_t pos = 0; pos <= text.size(); ++pos) {
    EXPECT_EQ(skip_ascii_non_letters(text, pos), slow_skip_non_letters(text, pos)) << pos;
    EXPECT_EQ(skip_ascii_letters(text, pos), slow_skip_letters(text, pos)) << pos;
    EXPECT_EQ(skip_ascii_alnum(text, pos), slow_skip_alnum(text, pos)) << pos;
  }
}

TEST(AsciiScan, EveryByteValueIsALetterOrNotAsTheTableSays) {
  for (int c = 0; c < 256; ++c) {
    const std::string text(9, static_cast<char>(c));  // long enough for the eight-byte path
    const bool letter = is_letter(static_cast<char>(c));
    const bool digit = c >= '0' && c <= '9';
    EXPECT_EQ(skip_ascii_letters(text, 0), letter ? text.size() : 0u) << c;
    EXPECT_EQ(skip_ascii_alnum(text, 0), letter || digit ? text.size() : 0u) << c;
    EXPECT_EQ(skip_ascii_non_letters(text, 0), letter || c >= 0x80 ? 0u : text.size()) << c;
  }
}

}  // namespace
}  // namespace strata::tokens
