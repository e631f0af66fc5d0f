// Courts as written in a citation's parenthetical, normalized where a rule is known.
#pragma once

#include <string>
#include <string_view>

namespace strata::legal::us {

// "4th Cir." -> "ca4", "D.C. Cir." -> "cadc", "Fed. Cir." -> "cafc", "S.D.N.Y." -> "nysd",
// "D. Kan." -> "ksd" (courts-db's identifiers for federal courts); any other court is returned
// as written, with its spacing tidied ("Pa.", "La.App. 4 Cir."). Empty in, empty out.
std::string normalize_court(std::string_view written);

}  // namespace strata::legal::us
