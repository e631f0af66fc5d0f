// The numbers of Italian acts: "n. 241", "nn. 511, 518 e 548", "n. 845/1978", "n. 30/E".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strata::legal {

// One act's number as URN:NIR writes it, and the year it carried ("845/1978").
struct ActNumber {
  std::string number;  // "241", "2-B", "D-686", "135-E-03"
  std::string year;    // "1978" when written after a slash, else empty
  // Every part joined with hyphens ("7-16"), for when the part taken for a year is not one: the
  // act's date has another year.
  std::string whole = number;
};

// Numbers found in text and where they end.
struct ActNumbers {
  std::size_t end = 0;
  std::vector<ActNumber> numbers;
};

// "n. 241", "nn. 511, 518 e 548", "n.18", "numero 3" at `pos`.
std::optional<ActNumbers> scan_numbers(std::string_view text, std::size_t pos);

// A number written right after an act type without "n.": only the forms that cannot be a
// date or a count, "241/1990", "D/118/2005", "135/E/03".
std::optional<ActNumbers> scan_bare_number(std::string_view text, std::size_t pos);

// "845/1978" -> 845 of 1978; "2/B" -> "2-B"; "D/118/2005" -> "D-118-2005" of 2005.
ActNumber normalize_number(std::string_view written);

}  // namespace strata::legal
