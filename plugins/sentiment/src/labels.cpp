#include "labels.hpp"

namespace strata::sentiment {

std::string_view label_of(double compound, const Thresholds& thresholds) {
  if (compound >= thresholds.positive) return "positive";
  if (compound <= thresholds.negative) return "negative";
  return "neutral";
}

}  // namespace strata::sentiment
