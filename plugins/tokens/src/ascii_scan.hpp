// Skipping over ASCII letters, or up to the next one, eight bytes at a time.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace strata::tokens {

// For the language detector, which reads every byte of the start of a document to find its
// words: a byte at a time, every word's end and every word's start was a mispredicted branch.
// These test eight bytes at once as one integer and find the first byte of interest from the
// lowest set bit, so that only the loops around them branch, once per word. Both stop at any
// byte of a non-ASCII character, which the caller classifies itself, and near the end of the
// text they go a byte at a time.
namespace ascii_scan_detail {

inline constexpr std::uint64_t kOnes = 0x0101010101010101u;
inline constexpr std::uint64_t kHighBits = kOnes * 0x80;

inline bool is_ascii_letter(unsigned char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}

// The top bit of each byte of `x` that is an ASCII letter. No addition carries into the next
// byte, since the case bit is set and the top bit cleared first: a byte has its top bit set
// after adding 0x80 - 'a' when it is 'a' or more, and after adding 0x80 - 'z' - 1 when it is
// more than 'z'.
inline std::uint64_t ascii_letter_bits(std::uint64_t x) {
  const std::uint64_t lower = (x | (kOnes * 0x20)) & ~kHighBits;
  const std::uint64_t at_least_a = lower + kOnes * (0x80 - 'a');
  const std::uint64_t above_z = lower + kOnes * (0x80 - 'z' - 1);
  return at_least_a & ~above_z & ~x & kHighBits;
}

inline std::uint64_t load8(const char* p) {
  static_assert(std::endian::native == std::endian::little, "the first byte must be the lowest");
  std::uint64_t x;
  std::memcpy(&x, p, sizeof x);
  return x;
}

}  // namespace ascii_scan_detail

// The first offset from `pos` on that holds an ASCII letter or a byte of a non-ASCII
// character; text.size() if there is none.
inline std::size_t skip_ascii_non_letters(std::string_view text, std::size_t pos) {
  using namespace ascii_scan_detail;
  for (; pos + 8 <= text.size(); pos += 8) {
    const std::uint64_t x = load8(text.data() + pos);
    if (const std::uint64_t stop = ascii_letter_bits(x) | (x & kHighBits)) {
      return pos + static_cast<std::size_t>(std::countr_zero(stop)) / 8;
    }
  }
  while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80 &&
         !is_ascii_letter(static_cast<unsigned char>(text[pos]))) {
    ++pos;
  }
  return pos;
}

// The first offset from `pos` on that does not hold an ASCII letter; text.size() if there is
// none.
inline std::size_t skip_ascii_letters(std::string_view text, std::size_t pos) {
  using namespace ascii_scan_detail;
  for (; pos + 8 <= text.size(); pos += 8) {
    if (const std::uint64_t stop = ~ascii_letter_bits(load8(text.data() + pos)) & kHighBits) {
      return pos + static_cast<std::size_t>(std::countr_zero(stop)) / 8;
    }
  }
  while (pos < text.size() && is_ascii_letter(static_cast<unsigned char>(text[pos]))) ++pos;
  return pos;
}

}  // namespace strata::tokens
