// The Gregorian calendar, for plugins that read dates and must not invent days.
#pragma once

namespace strata {

// Gregorian rules, proleptic: no date is checked against 1582, and year 0 (1 BC) is a leap year.
// Inline and constexpr, so that a plugin using them needs nothing new from the SDK library.
constexpr bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// The days of `month` (1-12) in `year`; 0 for a month outside 1-12.
constexpr int days_in_month(int year, int month) {
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// Whether `year`-`month`-`day` is a day of the calendar: no 31 June, no 29 February 2023, no
// day or month 0.
constexpr bool is_calendar_day(int year, int month, int day) {
  return day >= 1 && day <= days_in_month(year, month);
}

}  // namespace strata
