#include "characters.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace strata::entities {

CodePoint code_point_at(std::string_view word, std::size_t at) {
  const auto byte = static_cast<unsigned char>(word[at]);
  if (byte < 0x80) return {byte, at + 1};
  UChar32 c = 0;
  auto i = static_cast<std::int32_t>(at);
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(word.data()), i,
          static_cast<std::int32_t>(word.size()), c);
  if (c < 0) return {0xFFFD, at + 1};
  return {static_cast<char32_t>(c), static_cast<std::size_t>(i)};
}

CharKind char_kind(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return CharKind::upper;
    if (c >= 'a' && c <= 'z') return CharKind::lower;
    if (c >= '0' && c <= '9') return CharKind::digit;
    return c == '\'' ? CharKind::apostrophe : CharKind::other;
  }
  if (c == U'\u2019') return CharKind::apostrophe;
  const auto u = static_cast<UChar32>(c);
  if (u_isupper(u) || u_istitle(u)) return CharKind::upper;
  if (u_islower(u)) return CharKind::lower;
  if (u_isalpha(u)) return CharKind::letter;
  if (u_isdigit(u)) return CharKind::digit;
  return CharKind::other;
}

}  // namespace strata::entities
