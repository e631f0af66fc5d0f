// The dates of Italian acts in every way they are written.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace strata::legal {

// A date found in text: where it ends and its ISO form.
struct ActDate {
  std::size_t end = 0;
  std::string iso;   // 1990-08-07; empty for a date that is no day of the calendar
  std::string year;  // 1990, also when `iso` is empty
};

// The date starting at `pos`: "7 agosto 1990", "1° settembre 1989", "07/08/1990", "7.8.1990",
// "30-3-1971", "12- 4-48" (a two-digit year is 19xx, or 20xx up to 29). A date written in one of
// these forms that the calendar does not have ("31 febbraio 2020", "00/00/2018", "13/13/2013")
// comes with an empty `iso`: it is still a date where it stands, so that no one reads its digits
// as an act's number.
std::optional<ActDate> scan_date(std::string_view text, std::size_t pos);

// A year of two or four digits as four: "48" -> "1948", "03" -> "2003".
std::string full_year(std::string_view digits);

}  // namespace strata::legal
