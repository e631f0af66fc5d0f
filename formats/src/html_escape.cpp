#include "strata/formats/html_escape.hpp"

#include <unicode/utf8.h>

#include <cstdint>

#include "xml_safe_text.hpp"

namespace strata::formats {

void append_html_escaped(std::string& out, std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        // U+FFFD: a browser would show the same for the bad bytes; and HTML, like XML, does not
        // allow C0 controls (which a feature or metadata value may hold, never the text),
        // U+FFFE or U+FFFF: the TEI gets U+FFFD for them too.
        if (c < 0 || (!is_xml_char(static_cast<std::uint32_t>(c)) && c != '\f')) {
          out += "\xEF\xBF\xBD";
        } else {
          out.append(text.substr(start, i - start));
        }
    }
  }
}

std::string html_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_html_escaped(out, text);
  return out;
}

}  // namespace strata::formats
