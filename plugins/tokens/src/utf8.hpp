// Stepping through UTF-8 text one code point at a time, for the scanners of this plugin.
#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <string_view>

namespace strata::tokens {

// One code point of a text and the offset of the byte after it.
struct Decoded {
  UChar32 code_point;
  std::size_t next;
};

// The code point starting at byte `pos` (< text.size()); U+FFFD for an ill-formed sequence, so
// scanners always make progress. ASCII, most of any European text, skips ICU's checks.
inline Decoded decode_at(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return {byte, pos + 1};
  UChar32 c;
  std::size_t next = pos;
  U8_NEXT_OR_FFFD(text.data(), next, text.size(), c);
  return {c, next};
}

// The offset where the code point that ends at byte `pos` (> 0) begins.
inline std::size_t previous_boundary(std::string_view text, std::size_t pos) {
  do {
    --pos;
  } while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80);
  return pos;
}

}  // namespace strata::tokens
