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

// Appends the characters of `s` as they go inside a JSON string, without the quotes, byte for
// byte as nlohmann::json's dump() writes them with ensure_ascii off and error_handler_t::replace:
// '"', '\\' and C0 controls escaped (\b \t \n \f \r, otherwise \u00xx), other characters as
// they are. A string that is not valid UTF-8 is left to nlohmann, which replaces what is invalid
// with U+FFFD.
inline void append_json_characters(std::string& out, std::string_view s) {
  const std::size_t start = out.size();
  const auto fall_back = [&] {
    out.resize(start);
    std::string quoted;
    json_string_detail::append_with_nlohmann(quoted, s);
    out.append(quoted, 1, quoted.size() - 2);
  };
  if (s.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    fall_back();  // too long for ICU's offsets; never a real document
    return;
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  std::int32_t plain_from = 0;
  for (std::int32_t i = 0; i < length;) {
    const std::uint8_t b = bytes[i];
    if (b >= 0x80) {
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0) {  // invalid UTF-8: rare, and nlohmann knows how to replace it
        fall_back();
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
}

// Appends `s` as a JSON string, quotes included (see append_json_characters).
inline void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  append_json_characters(out, s);
  out += '"';
}

}  // namespace strata::formats
