#include "cwb_names.hpp"

#include <charconv>
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

void append_vrt_value(std::string& out, std::string_view raw) {
  if (raw.empty()) {
    out += '_';
    return;
  }
  // A control character in a feature or a file name would make the file no longer XML, which
  // cwb-encode -x reads it as; TEI gets U+FFFD for the same characters.
  std::string scratch;
  for (char c : xml_safe(raw, scratch)) {
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
      case '\t':
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
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
          char buffer[32];
          const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
          return std::string(buffer, result.ptr);
        }
      },
      value);
}

}  // namespace strata::formats
