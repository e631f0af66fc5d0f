#include "xml_safe_text.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <limits>

#include "strata/error.hpp"

namespace strata::formats {
namespace {

bool is_plain_byte(unsigned char b) {
  return (b >= 0x20 && b < 0x80) || b == '\t' || b == '\n' || b == '\r';
}

}  // namespace

std::string_view xml_safe(std::string_view text, std::string& scratch) {
  std::size_t first = 0;
  while (first < text.size() && is_plain_byte(static_cast<unsigned char>(text[first]))) ++first;
  if (first == text.size()) return text;  // the common case: printable ASCII

  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    throw Error("a string of more than 2 GiB cannot be written as an XML value");
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  // Copied only from the first character to replace: accented text, which most values outside
  // ASCII are, is checked and returned as it is.
  bool changed = false;
  auto i = static_cast<int32_t>(first);
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const bool allowed = c >= 0 && is_xml_char(static_cast<std::uint32_t>(c));
    if (!changed) {
      if (allowed) continue;
      scratch.assign(text.substr(0, static_cast<std::size_t>(start)));
      changed = true;
    }
    if (allowed) {
      scratch.append(
          text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    } else {
      scratch.append("\xEF\xBF\xBD");  // U+FFFD
    }
  }
  return changed ? std::string_view(scratch) : text;
}

bool is_xml_char(std::uint32_t c) {
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace strata::formats
