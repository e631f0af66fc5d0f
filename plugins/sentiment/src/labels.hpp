// Naming a compound score positive, neutral or negative.
#pragma once

#include <string_view>

namespace strata::sentiment {

// The compound scores from which a text counts as positive or as negative (VADER: ±0.05).
struct Thresholds {
  double positive = 0.05;
  double negative = -0.05;
};

// "positive" at or above the positive threshold, "negative" at or below the negative one,
// "neutral" between.
std::string_view label_of(double compound, const Thresholds& thresholds);

}  // namespace strata::sentiment
