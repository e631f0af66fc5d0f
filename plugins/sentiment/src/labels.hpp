// Naming a compound score positive, neutral or negative.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace strata::sentiment {

// The compound scores from which a text counts as positive or as negative (VADER: ±0.05).
struct Thresholds {
  double positive = 0.05;
  double negative = -0.05;
};

// The three classes, numbered so that a writer can keep one thing per class in an array.
enum class Label : std::uint8_t { negative, neutral, positive };
constexpr std::size_t kLabels = 3;
static_assert(static_cast<std::size_t>(Label::positive) + 1 == kLabels);

// positive at or above the positive threshold, negative at or below the negative one, neutral
// between.
Label label_for(double compound, const Thresholds& thresholds);
// "positive", "neutral" or "negative": the annotation's type.
std::string_view name_of(Label label);

}  // namespace strata::sentiment
