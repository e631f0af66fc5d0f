#include "punctuation.hpp"

#include <unicode/uchar.h>

namespace strata::tokens {

bool is_sentence_final(UChar32 c) {
  switch (c) {
    case '.':
    case '!':
    case '?':
    case 0x2026:  // …
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
    case 0x3002:  // 。
    case 0xFF01:  // ！
    case 0xFF0E:  // ．
    case 0xFF1F:  // ？
      return true;
    default:
      return false;
  }
}

bool is_opening(UChar32 c) {
  if (c == '"' || c == '\'' || c == 0x00BF || c == 0x00A1) return true;  // also ¿ ¡
  const auto type = u_charType(c);
  return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}

bool is_closing(UChar32 c) {
  if (c == '"' || c == '\'') return true;
  const auto type = u_charType(c);
  return type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION;
}

bool is_dash(UChar32 c) {
  return c == '-' || (c >= 0x2012 && c <= 0x2015);
}

}  // namespace strata::tokens
