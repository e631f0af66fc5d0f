// What follows a cite: pin cites, statute subsections and the (court year) parenthetical.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace strata::legal::us {

// A piece read after a cite: its text, the court and year when it is a parenthetical, and where
// it ends (== where reading started when nothing was there).
struct Tail {
  std::string text;
  std::string court;
  std::string year;
  std::size_t end = 0;
};

// ", 347-348", ", at 5", ", 1259, 1261" from `pos`, ending before `limit` (the next cite).
Tail read_pin(std::string_view text, std::size_t pos, std::size_t limit);
// The rest of a short form's pin after its first page: "20" + "-25".
Tail read_page_range(std::string_view text, std::size_t pos, std::size_t limit);
// After "Id.": ", at 123", " ¶ 34", " at pp. 45, 64".
Tail read_id_pin(std::string_view text, std::size_t pos, std::size_t limit);
// "(4th Cir. 1982)", "(S.D.N.Y. Aug. 25, 2000)", "(2007)", "[1984]": a parenthetical ending in
// a year, after optional whitespace. Others ("(overruling foo)") are not read.
Tail read_court_year(std::string_view text, std::size_t pos, std::size_t limit);
// A statute's subsections and range: "(a)(2)", " et seq.".
Tail read_subsections(std::string_view text, std::size_t pos, std::size_t limit);

}  // namespace strata::legal::us
