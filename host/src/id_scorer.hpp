// Identifier-level scores: the identifiers a document's annotations carry, gold against predicted.
#pragma once

#include <string>
#include <vector>

#include "span_scorer.hpp"

namespace strata::host {

// Adds one document to `counts`, comparing the multisets of identifiers without regard to case
// (Linkoln's gold writes "2-B" where a tool may write "2-b"): each gold identifier found among the
// predicted ones is a true positive, the gold ones left over are false negatives and the
// predicted ones left over false positives. Where the identifiers are in the text is not
// compared: the span scores do that.
void score_ids(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
               ScoreCounts& counts);

}  // namespace strata::host
