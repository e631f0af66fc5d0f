// Decoding UTF-8 words code point by code point and classing their characters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace strata::entities {

// What a character counts as in a word's shape and capitalisation.
enum class CharKind : std::uint8_t { upper, lower, letter, digit, apostrophe, other };

// One code point of a word and where the next one starts.
struct CodePoint {
  char32_t value;
  std::size_t next;
};

// The code point at byte `at` (< word.size()); an invalid sequence reads as U+FFFD, one byte
// long, so that any bytes can be walked.
CodePoint code_point_at(std::string_view word, std::size_t at);

// Letters by case (titlecase counts as upper), digits, the ASCII and typographic apostrophes.
CharKind char_kind(char32_t c);

// Whether `byte` begins a character rather than continuing one.
inline bool starts_character(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0u) != 0x80u;
}

}  // namespace strata::entities
