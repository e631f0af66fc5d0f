// Calendar checks and ISO 8601 notation for the dates the date grammar reads.
#pragma once

#include <string>

namespace strata::entities {

// A date as far as the text fixes it; 0 marks a field the text leaves open. The shapes a
// complete reading can take are year-month-day, year-month, year, month-day and month alone.
struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;

  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

// Whether `date` has one of the shapes above and is a day the calendar has (strata/calendar.hpp):
// no 31 June, and 29 February only in a leap year, or with no year ("il 29 febbraio" names a day
// that exists in some years).
bool is_valid(const CalendarDate& date);
// Whether two dates fix the same fields (both a year and a month, say).
bool same_shape(const CalendarDate& a, const CalendarDate& b);
// Whether `a` comes strictly before `b`; both valid and of the same shape.
bool is_before(const CalendarDate& a, const CalendarDate& b);

// The ISO day of the week of a full date: 1 for Monday to 7 for Sunday.
int weekday_of(const CalendarDate& date);

// ISO 8601: "2024-06-19", "2024-06", "1961"; without a year, the truncated forms of ISO
// 8601:2000 that XML Schema keeps as gMonthDay and gMonth ("--06-19", "--06"), so that a TEI
// date@when can carry them too. `date` must be valid.
std::string to_iso(const CalendarDate& date);

}  // namespace strata::entities
