// Skipping over ASCII letters (or digits), or up to the next letter, eight bytes at a time.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace strata::tokens {

// For the scanners that read every byte of a text to find its words: a byte at a time, every
// word's end and every word's start was a mispredicted branch. These test eight bytes at once
// as one integer and find the first byte of interest from the lowest set bit, so that only the
// loops around them branch, once per word. They stop at any byte of a non-ASCII character, which
// the caller classifies itself, and go a byte at a time near the end of the text.
namespace ascii_scan_detail {

inline constexpr std::uint64_t kOnes = 0x0101010101010101u;
inline constexpr std::uint64_t kHighBits = kOnes * 0x80;

// The top bit of each byte of `x` that lies in [first, last], for bytes of `x` whose top bit is
// clear (the caller masks the others): no addition carries into the next byte, and a byte has
// its top bit set after adding 0x80 - first when it is first or more, and after adding
// 0x80 - last - 1 when it is more than last.
inline std::uint64_t in_range_bits(std::uint64_t x, unsigned char first, unsigned char last) {
  const std::uint64_t at_least_first = x + kOnes * (0x80 - first);
  const std::uint64_t above_last = x + kOnes * (0x80 - last - 1);
  return at_least_first & ~above_last & kHighBits;
}

// The top bit of each byte of `x` that is an ASCII letter: with the case bit set, a letter is in
// [a, z].
inline std::uint64_t letter_bits(std::uint64_t x) {
  return in_range_bits((x | (kOnes * 0x20)) & ~kHighBits, 'a', 'z') & ~x;
}

// The top bit of each byte of `x` that is an ASCII letter or digit.
inline std::uint64_t alnum_bits(std::uint64_t x) {
  return letter_bits(x) | (in_range_bits(x & ~kHighBits, '0', '9') & ~x);
}

inline bool is_letter(unsigned char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}
inline bool is_alnum(unsigned char c) {
  return is_letter(c) || static_cast<unsigned char>(c - '0') < 10;
}

// The first offset from `pos` on whose byte `stop_bits` marks (`is_stop` for the last few).
template <typename StopBits, typename IsStop>
std::size_t skip_until(std::string_view text, std::size_t pos, StopBits stop_bits, IsStop is_stop) {
  static_assert(std::endian::native == std::endian::little, "the first byte must be the lowest");
  for (; pos + 8 <= text.size(); pos += 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + pos, sizeof x);
    if (const std::uint64_t stop = stop_bits(x)) {
      return pos + static_cast<std::size_t>(std::countr_zero(stop)) / 8;
    }
  }
  while (pos < text.size() && !is_stop(static_cast<unsigned char>(text[pos]))) ++pos;
  return pos;
}

}  // namespace ascii_scan_detail

// The first offset from `pos` on that holds an ASCII letter or a byte of a non-ASCII
// character; text.size() if there is none.
inline std::size_t skip_ascii_non_letters(std::string_view text, std::size_t pos) {
  using namespace ascii_scan_detail;
  return skip_until(
      text, pos, [](std::uint64_t x) { return letter_bits(x) | (x & kHighBits); },
      [](unsigned char c) { return c >= 0x80 || is_letter(c); });
}

// The first offset from `pos` on that does not hold an ASCII letter; text.size() if there is
// none.
inline std::size_t skip_ascii_letters(std::string_view text, std::size_t pos) {
  using namespace ascii_scan_detail;
  return skip_until(
      text, pos, [](std::uint64_t x) { return ~letter_bits(x) & kHighBits; },
      [](unsigned char c) { return !is_letter(c); });
}

// The first offset from `pos` on that holds neither an ASCII letter nor an ASCII digit;
// text.size() if there is none.
inline std::size_t skip_ascii_alnum(std::string_view text, std::size_t pos) {
  using namespace ascii_scan_detail;
  return skip_until(
      text, pos, [](std::uint64_t x) { return ~alnum_bits(x) & kHighBits; },
      [](unsigned char c) { return !is_alnum(c); });
}

}  // namespace strata::tokens
