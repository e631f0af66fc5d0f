// An annotation's features as a TEI feature structure (fs/f).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "strata/feature.hpp"

namespace strata::formats {

// Whether an fs would hold any of `features` (all but references, which become links).
bool has_plain_features(const std::vector<Feature>& features);

// Appends <fs> to `out` with one <f name> per feature that is not a reference: <string>,
// <numeric value> (integers and reals; INF, -INF and NaN as xsd:double spells them) or
// <binary value>. A non-empty `label` goes on the fs itself (see set_label). Appends nothing
// when there is neither a label nor such a feature.
void append_feature_structure(std::string& out, const std::vector<Feature>& features,
                              std::string_view label, std::string& scratch);

}  // namespace strata::formats
