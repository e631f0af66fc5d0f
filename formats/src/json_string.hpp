// Writing strings as JSON without building a nlohmann::json value for each. Inline: the writer
// calls it for every key and string of every annotation.
#pragma once

#include <unicode/utf8.h>

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace strata::formats {
namespace json_string_detail {

inline void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\f':
      out += "\\f";
      break;
    case '\r':
      out += "\\r";
      break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escape, sizeof escape);
    }
  }
}

inline void append_with_nlohmann(std::string& out, std::string_view s) {
  out += nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace json_string_detail

// Appends `s` as a JSON string, quotes included, byte for byte as nlohmann::json's dump()
// writes it with ensure_ascii off and error_handler_t::replace: '"', '\\' and C0 controls
// escaped (\b \t \n \f \r, otherwise \u00xx), other characters as they are. A string that is
// not valid UTF-8 is left to nlohmann, which replaces what is invalid with U+FFFD.
inline void append_json_string(std::string& out, std::string_view s) {
  if (s.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    json_string_detail::append_with_nlohmann(
        out, s);  // too long for ICU's offsets; never a real document
    return;
  }
  const std::size_t start = out.size();
  out += '"';
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  std::int32_t plain_from = 0;
  for (std::int32_t i = 0; i < length;) {
    const std::uint8_t b = bytes[i];
    if (b >= 0x80) {
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0) {  // invalid UTF-8: rare, and nlohmann knows how to replace it
        out.resize(start);
        json_string_detail::append_with_nlohmann(out, s);
        return;
      }
    } else if (b < 0x20 || b == '"' || b == '\\') {
      out.append(s.data() + plain_from, static_cast<std::size_t>(i - plain_from));
      json_string_detail::append_escape(out, b);
      plain_from = ++i;
    } else {
      ++i;
    }
  }
  out.append(s.data() + plain_from, static_cast<std::size_t>(length - plain_from));
  out += '"';
}

}  // namespace strata::formats
