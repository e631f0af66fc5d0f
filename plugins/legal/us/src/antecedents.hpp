// Which earlier citation a short form, Id. or supra refers to.
#pragma once

#include <vector>

#include "found_cite.hpp"

namespace strata::legal::us {

// In text order: a short form ("1 U.S., at 5") refers to the latest full cite of the same volume
// and reporter, else to one whose party it names; "supra" to the latest full cite whose party
// it names ("Bar, supra"), a first party before a second; "Id." to whatever the citation before
// it refers to. Sets `antecedent` and, for resolved cites, `id` to the antecedent's id.
// Unresolved ones keep both empty.
void resolve_antecedents(std::vector<FoundCite>& cites);

}  // namespace strata::legal::us
