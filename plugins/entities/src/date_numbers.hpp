// Reading the number tokens that dates are made of: days, years, numeric dates, decades.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace strata::entities {

// A run of ASCII digits: its value and how many digits it has ("06" has two).
struct DigitRun {
  int value = 0;
  int digits = 0;
};

// `text` as one run of one to four digits; nullopt for anything else ("2.000", "3D", "12345").
std::optional<DigitRun> read_digits(std::string_view text);

// A day of the month with what may be glued to it: "3", "03", "1°", "1º", "21st", "3rd",
// "4TH". Only 1–31 is checked here; the month decides the rest.
std::optional<int> read_day(std::string_view text);

// A number written as a day is, of one or two digits, whatever its value (0–99): where a day
// belongs, "32 marzo 2021" and "00 marzo 2021" are dates that name no day, not a number
// before "marzo 2021".
std::optional<int> read_day_number(std::string_view text);

// A number token of two or three runs of one to four digits joined by one separator, the same
// throughout ('-', '/' or '.'): "19-06-2024", "19/06/24", "2024.06.19", "3-5", "2015-2020".
// Not "10:30", "3,5", "19-06/2024" or "95/46/CE".
struct DigitGroups {
  std::array<DigitRun, 3> runs{};
  int count = 0;
  char separator = 0;
};
std::optional<DigitGroups> read_digit_groups(std::string_view text);

// A decade written as its first year with a plural "s" ("1960s", or "60s" after an
// apostrophe): the run of digits before the "s", which must end in 0.
std::optional<DigitRun> read_plural_decade(std::string_view text);

}  // namespace strata::entities
