// Splitting option values that hold several items ("PER,LOC", "a.txt, b.txt").
#pragma once

#include <string_view>
#include <vector>

namespace strata::entities {

// The items of a comma-separated list, without the spaces around them; empty items are
// dropped, so "", " , " and "a,,b" give no item, no item, and a and b.
std::vector<std::string_view> comma_separated(std::string_view list);

}  // namespace strata::entities
