#include "tei_datatypes.hpp"

#include "strata/calendar.hpp"

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

// The number the `count` digits of `s` from `from` write (has_shape checked they are digits).
int number(std::string_view s, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (s[i] - '0');
  return value;
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
  // The shape is not enough: jing refuses "2020-02-30", "2020-13-01", hour 25, and year 0000,
  // which XML Schema 1.0 does not have.
  const int year = number(s, 0, 4);
  if (year == 0 || !is_calendar_day(year, number(s, 5, 2), number(s, 8, 2))) return false;
  if (s.size() == 10) return true;
  if (!has_shape(s.substr(10, 9), "Tdd:dd:dd")) return false;
  if (number(s, 11, 2) > 23 || number(s, 14, 2) > 59 || number(s, 17, 2) > 59) return false;
  std::string_view zone = s.substr(19);
  if (zone.starts_with('.')) {
    std::size_t digits = 1;
    while (digits < zone.size() && is_digit(zone[digits])) ++digits;
    if (digits == 1) return false;
    zone.remove_prefix(digits);
  }
  if (zone.empty() || zone == "Z") return true;
  if (!has_shape(zone, "+dd:dd") && !has_shape(zone, "-dd:dd")) return false;
  const int hours = number(zone, 1, 2);
  const int minutes = number(zone, 4, 2);
  return minutes <= 59 && (hours < 14 || (hours == 14 && minutes == 0));
}

bool is_w3c_when(std::string_view s) {
  if (s.size() == 4) {
    if (has_shape(s, "--dd")) return number(s, 2, 2) >= 1 && number(s, 2, 2) <= 12;
    return has_shape(s, "dddd") && number(s, 0, 4) != 0;
  }
  if (s.size() == 7 && has_shape(s, "--dd-dd")) {
    // A day of no stated year, as it is in some year: February 29 is one (of a leap year).
    constexpr int kLeapYear = 2000;
    return is_calendar_day(kLeapYear, number(s, 2, 2), number(s, 5, 2));
  }
  if (s.size() == 7) {
    return has_shape(s, "dddd-dd") && number(s, 0, 4) != 0 && number(s, 5, 2) >= 1 &&
           number(s, 5, 2) <= 12;
  }
  return is_w3c_date_time(s);
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
