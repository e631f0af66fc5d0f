#include "identifier_uri.hpp"

#include <algorithm>
#include <cctype>

namespace strata::formats {
namespace {

bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Whether `id` starts with a scheme a URI resolver knows. Others that are written the same way
// ("doc:" for a treaty local to its document, "ECLI:IT:COST:2019:242") are no address: a tool
// following them would get nowhere.
bool has_scheme(std::string_view id) {
  static constexpr std::string_view kSchemes[] = {"urn",  "http", "https", "ftp",
                                                  "info", "tag",  "mailto"};
  const std::size_t colon = id.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view scheme = id.substr(0, colon);
  for (const std::string_view known : kSchemes) {
    if (scheme.size() == known.size() &&
        std::equal(scheme.begin(), scheme.end(), known.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        })) {
      return true;
    }
  }
  return false;
}

// A CELEX number: a sector digit (or C/E), a four-digit year, a document-type letter.
bool is_celex(std::string_view id) {
  if (id.size() < 7) return false;
  const char sector = id[0];
  if (!is_digit(sector) && sector != 'C' && sector != 'E') return false;
  for (std::size_t i = 1; i < 5; ++i) {
    if (!is_digit(id[i])) return false;
  }
  return std::isupper(static_cast<unsigned char>(id[5])) != 0;
}

bool is_hex(char c) {
  return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

// Whether the character at `at` may stay as it is. A '%' only where it begins an escape and a '#'
// only where it begins the fragment: another is not a URI, which TEI's @target must be (jing
// refused "a%zz" and "a#b#c").
bool is_kept(std::string_view uri, std::size_t at, bool in_fragment) {
  static constexpr std::string_view kKept = "-._~:/?[]@!$&'()*+,;=";
  const char c = uri[at];
  if (c == '%') return at + 2 < uri.size() && is_hex(uri[at + 1]) && is_hex(uri[at + 2]);
  if (c == '#') return !in_fragment;
  return static_cast<unsigned char>(c) < 0x80 &&
         (is_alpha(c) || is_digit(c) || kKept.find(c) != std::string_view::npos);
}

std::string percent_encoded(std::string_view uri) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  bool in_fragment = false;
  for (std::size_t at = 0; at < uri.size(); ++at) {
    const char c = uri[at];
    const auto byte = static_cast<unsigned char>(c);
    if (is_kept(uri, at, in_fragment)) {
      in_fragment = in_fragment || c == '#';
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> identifier_uri(std::string_view id) {
  if (has_scheme(id)) return percent_encoded(id);
  if (is_celex(id)) {
    return percent_encoded("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" +
                           std::string(id));
  }
  return std::nullopt;
}

}  // namespace strata::formats
