#include "xml_names.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdio>

namespace strata::formats {
namespace {

// Decodes the code point at `i` and advances `i`; U+FFFD for invalid UTF-8, so callers never
// see a negative value (our inputs have been through xml_safe already).
UChar32 next_code_point(std::string_view s, std::size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  auto at = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(bytes, at, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(at);
  return c < 0 ? 0xFFFD : c;
}

// Name characters as every edition of XML 1.0 agrees on them. The editions disagree on
// non-ASCII letters (jing, for one, follows the second edition's Unicode 2.0 tables and refuses
// an emoji or U+01C5), so those are escaped like anything else.
bool is_name_start_char(UChar32 c) {
  return c == ':' || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool is_name_char(UChar32 c) {
  return is_name_start_char(c) || c == '-' || c == '.' || (c >= '0' && c <= '9');
}

bool is_word_char(UChar32 c) {
  switch (u_charType(c)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return false;
    default:
      return true;
  }
}

void append_escape(std::string& out, UChar32 c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, c > 0xFFFF ? "_x%08X_" : "_x%04X_",
                static_cast<unsigned>(c));
  out += buffer;
}

}  // namespace

bool is_tei_word(std::string_view utf8) {
  if (utf8.empty()) return false;
  for (std::size_t i = 0; i < utf8.size();) {
    if (!is_word_char(next_code_point(utf8, i))) return false;
  }
  return true;
}

std::string encode_xml_name(std::string_view utf8) {
  if (utf8.empty()) return std::string(kEmptyXmlName);
  std::string out;
  out.reserve(utf8.size());
  bool first = true;
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t start = i;
    const UChar32 c = next_code_point(utf8, i);
    const bool starts_escape = c == '_' && i < utf8.size() && utf8[i] == 'x';
    if (starts_escape || !(first ? is_name_start_char(c) : is_name_char(c))) {
      append_escape(out, c);
    } else {
      out.append(utf8.substr(start, i - start));
    }
    first = false;
  }
  return out;
}

}  // namespace strata::formats
