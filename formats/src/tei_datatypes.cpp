#include "tei_datatypes.hpp"

namespace strata::formats {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_letter(char c) {
  return is_lower(c) || (c >= 'A' && c <= 'Z');
}

// Whether `s` has the form of `shape`, where 'd' stands for any digit.
bool has_shape(std::string_view s, std::string_view shape) {
  if (s.size() != shape.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (shape[i] == 'd' ? !is_digit(s[i]) : s[i] != shape[i]) return false;
  }
  return true;
}

}  // namespace

std::string tei_version(std::string_view version) {
  std::size_t accepted = 0;
  std::size_t i = 0;
  for (int part = 0; part < 4; ++part) {
    if (part > 0 && (i >= version.size() || version[i] != '.')) break;
    std::size_t j = part > 0 ? i + 1 : i;
    if (j >= version.size() || !is_digit(version[j])) break;
    while (j < version.size() && is_digit(version[j])) ++j;
    while (j < version.size() && is_lower(version[j])) ++j;
    while (j < version.size() && is_digit(version[j])) ++j;
    accepted = i = j;
  }
  return accepted == 0 ? "0" : std::string(version.substr(0, accepted));
}

bool is_w3c_date_time(std::string_view s) {
  if (!has_shape(s.substr(0, 10), "dddd-dd-dd")) return false;
  if (s.size() == 10) return true;
  if (!has_shape(s.substr(10, 9), "Tdd:dd:dd")) return false;
  std::string_view zone = s.substr(19);
  if (zone.starts_with('.')) {
    std::size_t digits = 1;
    while (digits < zone.size() && is_digit(zone[digits])) ++digits;
    if (digits == 1) return false;
    zone.remove_prefix(digits);
  }
  return zone.empty() || zone == "Z" || has_shape(zone, "+dd:dd") || has_shape(zone, "-dd:dd");
}

bool is_language_tag(std::string_view tag) {
  std::size_t part_length = 0;
  bool first_part = true;
  for (char c : tag) {
    if (c == '-' && part_length > 0) {
      first_part = false;
      part_length = 0;
    } else if ((is_letter(c) || (!first_part && is_digit(c))) && ++part_length <= 8) {
      continue;
    } else {
      return false;
    }
  }
  return part_length > 0;
}

}  // namespace strata::formats
