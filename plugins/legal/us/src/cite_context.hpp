// Reading what surrounds each cite: names, pins, parallels, court and year.
#pragma once

#include <string_view>
#include <vector>

#include "found_cite.hpp"

namespace strata::legal::us {

// Completes cites (in text order) from the text around them: case names to the left, pins and
// the (court year) parenthetical to the right, shared by parallel cites ("1 U.S. 12, 347-348,
// 1 S. Ct. 2, 358 (4th Cir. 1982)"); a short form's name; a statute's subsections and year.
// Then picks each cite's edition by its year and writes its normalized id. Each cite's span
// grows to what was read, never into its neighbours.
void read_context(std::string_view text, std::vector<FoundCite>& cites);

}  // namespace strata::legal::us
