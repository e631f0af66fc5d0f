#include "char_class.hpp"

#include <unicode/uchar.h>

#include <array>

namespace strata::tokens {
namespace {

// Punctuation by Unicode category that reads as a sign rather than as punctuation, so its tokens
// get kind symbol: percent and per-mille, section and paragraph marks, number sign, ampersand,
// at sign, daggers.
bool is_sign(UChar32 c) {
  switch (c) {
    case '%':
    case '#':
    case '&':
    case '@':
    case 0x00A7:  // §
    case 0x00B6:  // ¶
    case 0x2020:  // †
    case 0x2021:  // ‡
    case 0x2030:  // ‰
    case 0x2031:  // ‱
      return true;
    default:
      return false;
  }
}

}  // namespace

namespace detail {

CharClass classify_by_properties(UChar32 c) {
  if (u_isUWhiteSpace(c)) return CharClass::space;
  if (c == 0x02BC) return CharClass::punct;  // modifier letter apostrophe: an apostrophe here
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return CharClass::letter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_FORMAT_CHAR:
      return CharClass::mark;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharClass::digit;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return is_sign(c) ? CharClass::symbol : CharClass::punct;
    default:
      break;
  }
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
      u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR)) {
    return CharClass::emoji;
  }
  return CharClass::symbol;
}

}  // namespace detail

bool is_capital_letter(UChar32 c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  return classify(c) == CharClass::letter && !u_islower(c);
}

}  // namespace strata::tokens
