#include "act_date.hpp"

#include <array>
#include <cctype>
#include <charconv>

#include "strata/calendar.hpp"
#include "text_scan.hpp"

namespace strata::legal {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "gennaio", "febbraio", "marzo",     "aprile",  "maggio",   "giugno",
    "luglio",  "agosto",   "settembre", "ottobre", "novembre", "dicembre"};

int number(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

std::string two_digits(int value) {
  return (value < 10 ? "0" : "") + std::to_string(value);
}

ActDate make_date(std::size_t end, int day, int month, std::string_view year) {
  const std::string full = full_year(year);
  if (!is_calendar_day(number(full), month, day)) return ActDate{end, "", full};
  return ActDate{end, full + "-" + two_digits(month) + "-" + two_digits(day), full};
}

}  // namespace

std::string full_year(std::string_view digits) {
  if (digits.size() != 2) return std::string(digits);
  return (number(digits) < 30 ? "20" : "19") + std::string(digits);
}

std::optional<ActDate> scan_date(std::string_view text, std::size_t pos) {
  static const RE2 written(
      "(\\d{1,2})\\s*(?:°|º|\\.?o)?\\s+(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|"
      "settembre|ottobre|novembre|dicembre)\\s+(\\d{4})\\b",
      scanner_options());
  static const RE2 numeric("(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4}|\\d{2})\\b",
                           scanner_options());
  std::array<std::string_view, 3> groups;
  if (const auto end = match_at(written, text, pos, groups)) {
    const std::string month = ascii_lower(groups[1]);
    int index = 1;
    while (kMonths[index - 1] != month) ++index;
    return make_date(*end, number(groups[0]), index, groups[2]);
  }
  if (const auto end = match_at(numeric, text, pos, groups)) {
    return make_date(*end, number(groups[0]), number(groups[1]), groups[2]);
  }
  return std::nullopt;
}

}  // namespace strata::legal
