#include "polarity.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace strata::sentiment {

double round_to(double value, int places) {
  static constexpr std::array<double, 5> kScale = {1.0, 10.0, 100.0, 1000.0, 10000.0};
  const double scale = kScale[static_cast<std::size_t>(places)];
  const double scaled = value * scale;
  // Past 2^52 every double is whole; NaN and the infinities fail the test too.
  if (!(std::fabs(scaled) < 0x1p52)) return std::round(scaled) / scale;
  auto whole = static_cast<std::int64_t>(scaled);           // toward zero
  const double rest = scaled - static_cast<double>(whole);  // exact
  whole += static_cast<std::int64_t>(rest >= 0.5) - static_cast<std::int64_t>(rest <= -0.5);
  // copysign keeps std::round's -0 for a small negative value.
  return std::copysign(static_cast<double>(whole), scaled) / scale;
}

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
