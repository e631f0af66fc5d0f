// Layers written out line by line, to compare two runs of a plugin exactly.
#pragma once

#include <string>
#include <vector>

#include "strata/document.hpp"

namespace strata::host {

// One line per layer ("layer NAME") and one per annotation, in id order:
// "ID BEGIN END TYPE name=value ...", reals at full precision and references as layer#id. Two
// dumps are equal exactly when the layers hold the same annotations with the same features.
std::vector<std::string> dump_layers(const Document& document,
                                     const std::vector<std::string>& layer_names);

// Where two dumps first differ, as "line N: 'a' vs 'b'" (a missing line shows as "(none)"), or ""
// if they are equal.
std::string first_difference(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace strata::host
