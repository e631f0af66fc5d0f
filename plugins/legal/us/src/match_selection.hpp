// From overlapping template matches to one reading of each stretch of text.
#pragma once

#include <vector>

#include "found_cite.hpp"
#include "template_match.hpp"

namespace strata::legal::us {

// Keeps the longest matches that do not overlap (a longer template reads more of the cite);
// matches of the same span become alternatives of one cite. Returns cites in text order with
// their parts copied from the template's groups.
std::vector<FoundCite> select_matches(std::vector<TemplateMatch> matches);

}  // namespace strata::legal::us
