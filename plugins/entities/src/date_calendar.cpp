#include "date_calendar.hpp"

#include <array>

#include "strata/calendar.hpp"

namespace strata::entities {
namespace {

// Where the text gives no year, a day counts if some year has it: 29 February does.
constexpr int kSomeLeapYear = 2000;

// Writes `value` (not negative) as exactly `width` decimal digits, with leading zeros; returns
// the end of what it wrote.
char* put_digits(char* out, int value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return out + width;
}

}  // namespace

bool is_valid(const CalendarDate& date) {
  if (date.year < 0 || date.year > 9999) return false;
  if (date.month == 0) return date.day == 0 && date.year != 0;  // a year alone
  if (date.month < 1 || date.month > 12) return false;
  if (date.day == 0) return true;  // a month, of a year or not
  return is_calendar_day(date.year != 0 ? date.year : kSomeLeapYear, date.month, date.day);
}

bool same_shape(const CalendarDate& a, const CalendarDate& b) {
  return (a.year != 0) == (b.year != 0) && (a.month != 0) == (b.month != 0) &&
         (a.day != 0) == (b.day != 0);
}

bool is_before(const CalendarDate& a, const CalendarDate& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

int weekday_of(const CalendarDate& date) {
  // Sakamoto's method: counting the year from March puts the leap day at its end, so one
  // offset per month suffices.
  constexpr std::array<int, 12> kMonthOffset = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  const int year = date.month < 3 ? date.year - 1 : date.year;
  const int sunday_based =
      (year + year / 4 - year / 100 + year / 400 + kMonthOffset[date.month - 1] + date.day) % 7;
  return sunday_based == 0 ? 7 : sunday_based;
}

std::string to_iso(const CalendarDate& date) {
  char text[16];  // the longest form, "2024-06-19", has 10 characters
  char* end = text;
  if (date.year != 0) {
    end = put_digits(end, date.year, 4);  // is_valid() keeps years below 10000
  } else {
    *end++ = '-';  // the year's place stays marked: "--06-19"
  }
  if (date.month != 0) {
    *end++ = '-';
    end = put_digits(end, date.month, 2);
  }
  if (date.day != 0) {
    *end++ = '-';
    end = put_digits(end, date.day, 2);
  }
  return std::string(text, end);
}

}  // namespace strata::entities
