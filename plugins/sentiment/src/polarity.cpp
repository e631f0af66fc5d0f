#include "polarity.hpp"

#include <algorithm>
#include <cmath>

namespace strata::sentiment {

double punctuation_emphasis(std::string_view text) {
  return emphasis_of(static_cast<std::size_t>(std::count(text.begin(), text.end(), '!')),
                     static_cast<std::size_t>(std::count(text.begin(), text.end(), '?')));
}

double emphasis_of(std::size_t exclamations, std::size_t questions) {
  exclamations = std::min<std::size_t>(exclamations, 4);
  double emphasis = 0.292 * static_cast<double>(exclamations);
  if (questions > 3) {
    emphasis += 0.96;
  } else if (questions > 1) {
    emphasis += 0.18 * static_cast<double>(questions);
  }
  return emphasis;
}

double normalize(double sum) {
  constexpr double kAlpha = 15.0;  // about the largest sum VADER expects
  return std::clamp(sum / std::sqrt(sum * sum + kAlpha), -1.0, 1.0);
}

Polarity polarity_of(std::span<const double> valences, double emphasis, double passages) {
  ValenceSums sums;
  for (const double valence : valences) sums.add(valence);
  return polarity_from(sums, emphasis, passages);
}

Polarity polarity_from(const ValenceSums& sums, double emphasis, double passages) {
  if (sums.words == 0) return {};
  double sum = sums.sum;
  double positive = sums.positive;
  double negative = sums.negative;
  if (sum > 0) sum += emphasis;
  if (sum < 0) sum -= emphasis;
  if (positive > -negative) {
    positive += emphasis;
  } else if (positive < -negative) {
    negative -= emphasis;
  }
  const double total = positive - negative + sums.neutral;
  return {normalize(sum / passages), positive / total, sums.neutral / total,
          std::abs(negative) / total};
}

}  // namespace strata::sentiment
