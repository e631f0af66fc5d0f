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
  if (valences.empty()) return {};
  double sum = 0.0;
  double positive = 0.0;
  double negative = 0.0;
  double neutral = 0.0;
  for (const double valence : valences) {
    sum += valence;
    // +1 and -1 stand for the punctuation VADER's words carry, which counts as neutral.
    if (valence > 0) positive += valence + 1.0;
    if (valence < 0) negative += valence - 1.0;
    if (valence == 0) neutral += 1.0;
  }
  if (sum > 0) sum += emphasis;
  if (sum < 0) sum -= emphasis;
  if (positive > -negative) {
    positive += emphasis;
  } else if (positive < -negative) {
    negative -= emphasis;
  }
  const double total = positive - negative + neutral;
  return {normalize(sum / passages), positive / total, neutral / total, std::abs(negative) / total};
}

}  // namespace strata::sentiment
