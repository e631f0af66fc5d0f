#include "labels.hpp"

namespace strata::sentiment {

Label label_for(double compound, const Thresholds& thresholds) {
  if (compound >= thresholds.positive) return Label::positive;
  if (compound <= thresholds.negative) return Label::negative;
  return Label::neutral;
}

std::string_view name_of(Label label) {
  switch (label) {
    case Label::positive:
      return "positive";
    case Label::negative:
      return "negative";
    case Label::neutral:
      break;
  }
  return "neutral";
}

}  // namespace strata::sentiment
