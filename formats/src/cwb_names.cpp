#include "cwb_names.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <type_traits>
#include <variant>

#include "xml_safe_text.hpp"

namespace strata::formats {
namespace {

bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool is_cwb_name(std::string_view name) {
  if (name.empty() || !is_lower(name.front())) return false;
  for (char c : name) {
    if (!is_lower(c) && !is_digit(c) && c != '_') return false;
  }
  return true;
}

std::string cwb_name(std::string_view name) {
  std::string out;
  if (name.empty() || !((name.front() >= 'A' && name.front() <= 'Z') || is_lower(name.front()))) {
    out = "a";
  }
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += is_lower(c) || is_digit(c) ? c : '_';
    }
  }
  return out;
}

namespace {

// What a VRT value holds in place of `c`: an entity for XML's special characters, a space for
// the white space that would end a column or a line; "" where `c` stands as it is.
std::string_view vrt_replacement(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\t':
    case '\n':
    case '\r':
      return " ";
    default:
      return "";
  }
}

std::size_t escaped_size(char c) {
  return std::max<std::size_t>(1, vrt_replacement(c).size());
}

// How many bytes of `value` fit in kCwbLongestValue bytes escaped, a '$' after them, without
// cutting a character: all of it when it fits whole.
std::size_t bytes_kept(std::string_view value) {
  // Nearly every value: even all of it escaped to six bytes a character would fit.
  if (value.size() <= kCwbLongestValue / 6) return value.size();
  std::size_t escaped = 0;
  for (const char c : value) escaped += escaped_size(c);
  if (escaped <= kCwbLongestValue) return value.size();
  std::size_t used = 0;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    // A cut before a byte that begins a character keeps whole characters.
    if ((static_cast<unsigned char>(value[i]) & 0xC0) != 0x80) kept = i;
    used += escaped_size(value[i]);
    if (used > kCwbLongestValue - 1) break;  // room for the '$'
  }
  return kept;
}

}  // namespace

bool append_vrt_value(std::string& out, std::string_view raw) {
  if (raw.empty()) {
    out += '_';
    return false;
  }
  // A control character in a feature or a file name would make the file no longer XML, which
  // cwb-encode -x reads it as; TEI gets U+FFFD for the same characters.
  std::string scratch;
  const std::string_view safe = xml_safe(raw, scratch);
  const std::size_t kept = bytes_kept(safe);
  for (const char c : safe.substr(0, kept)) {
    const std::string_view replacement = vrt_replacement(c);
    if (replacement.empty()) {
      out += c;
    } else {
      out += replacement;
    }
  }
  if (kept == safe.size()) return false;
  out += '$';  // cwb-encode's own mark of a value it cut
  return true;
}

std::string feature_text(const FeatureValue& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string>) {
          return v;
        } else if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, AnnotationRef>) {
          return v.layer + "-" + std::to_string(v.id);
        } else {
          // As TEI spells them (xsd:double): to_chars gives "nan" or "-nan" by the sign bit.
          if constexpr (std::is_same_v<T, double>) {
            if (std::isnan(v)) return "NaN";
            if (std::isinf(v)) return v > 0 ? "INF" : "-INF";
          }
          char buffer[32];
          const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
          return std::string(buffer, result.ptr);
        }
      },
      value);
}

}  // namespace strata::formats
