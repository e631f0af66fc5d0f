// Pearson's correlation coefficient, for scoring predicted sentiment scores against gold ratings.
#pragma once

#include <optional>
#include <vector>

namespace strata::host {

// Pearson's r of the pairs (x[i], y[i]). Nullopt when it is undefined: fewer than two pairs,
// or either side constant. Throws std::invalid_argument when the sizes differ.
std::optional<double> pearson_r(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace strata::host
