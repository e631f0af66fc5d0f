// The coarse class of a character, which decides how a token that contains it is scanned.
#pragma once

#include <unicode/umachine.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace strata::tokens {

// What a character is to the scanners. Computed from Unicode properties, through a table for
// ASCII, which is most of the text in the languages this plugin serves (a test checks that the
// table agrees with the properties).
enum class CharClass : std::uint8_t {
  space,   // Unicode White_Space: separates tokens and is never inside one
  letter,  // any Unicode letter
  digit,   // any Unicode number (decimal digits, but also "²" or "½")
  mark,    // combining marks and format characters: part of whatever they follow
  punct,   // punctuation
  symbol,  // symbols, unassigned and private-use characters, and a few signs such as % § # & @
  emoji,   // pictographs and regional indicators, which start an emoji sequence
};

namespace detail {
// The class of each ASCII character, built at compile time so the hot path needs no ICU call
// and no initialisation order.
constexpr std::array<CharClass, 128> kAsciiClasses = [] {
  std::array<CharClass, 128> table{};
  for (int c = 0; c < 128; ++c) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool space = c == ' ' || (c >= '\t' && c <= '\r');
    const bool punct = std::string_view("!\"'()*,-./:;?[\\]_{}").find(static_cast<char>(c)) !=
                       std::string_view::npos;
    table[c] = letter                 ? CharClass::letter
               : c >= '0' && c <= '9' ? CharClass::digit
               : space                ? CharClass::space
               : punct                ? CharClass::punct
                                      : CharClass::symbol;  // %#&@ $+<=>^`|~ and controls
  }
  return table;
}();

// The class from Unicode properties; valid for any code point, used beyond ASCII.
CharClass classify_by_properties(UChar32 c);
}  // namespace detail

inline CharClass classify(UChar32 c) {
  return (c >= 0 && c < 128) ? detail::kAsciiClasses[c] : detail::classify_by_properties(c);
}

// Letters, digits and marks: the characters a word or number is made of.
inline bool is_alnum(CharClass c) {
  return c == CharClass::letter || c == CharClass::digit || c == CharClass::mark;
}

// An upper-case or title-case letter, or a letter of a script without case (which can start a
// sentence as well as anything can).
bool is_capital_letter(UChar32 c);

}  // namespace strata::tokens
