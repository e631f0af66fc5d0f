// From a found cite to the Citation every legal scanner returns.
#pragma once

#include "citation.hpp"
#include "found_cite.hpp"

namespace strata::legal::us {

// Type "statute" for statutes and for Id. that refers to one, "case" otherwise; features in the
// documented order, empty ones left out.
Citation to_citation(const FoundCite& cite);

}  // namespace strata::legal::us
