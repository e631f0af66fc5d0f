#include "confidence.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace strata::entities {

double entity_margin(std::span<const double> max_marginals, double best_score,
                     std::span<const Tag> tags, std::size_t tag_count, const EntitySpan& entity) {
  double margin = std::numeric_limits<double>::infinity();
  for (std::size_t i = entity.first; i < entity.last; ++i) {
    double rival = -std::numeric_limits<double>::infinity();
    for (std::size_t t = 0; t < tag_count; ++t) {
      if (t != tags[i]) rival = std::max(rival, max_marginals[i * tag_count + t]);
    }
    margin = std::min(margin, best_score - rival);
  }
  if (entity.last < tags.size()) {
    const Tag longer = TagSet::inside_tag(entity.type);
    margin = std::min(margin, best_score - max_marginals[entity.last * tag_count + longer]);
  }
  return std::max(margin, 0.0);
}

double ConfidenceCalibration::operator()(double margin) const {
  return 1.0 / (1.0 + std::exp(-(slope * margin + intercept)));
}

ConfidenceCalibration fit_calibration(std::span<const double> margins,
                                      const std::vector<bool>& correct) {
  // Newton's method on the log-likelihood with a small ridge penalty; two parameters, so the
  // Hessian is a 2x2 matrix inverted by hand.
  constexpr double kRidge = 1e-3;
  constexpr int kIterations = 50;
  ConfidenceCalibration fit{0.0, 0.0};
  for (int iteration = 0; iteration < kIterations; ++iteration) {
    double g_slope = kRidge * fit.slope;
    double g_intercept = kRidge * fit.intercept;
    double h_ss = kRidge;
    double h_si = 0.0;
    double h_ii = kRidge;
    for (std::size_t k = 0; k < margins.size(); ++k) {
      const double p = fit(margins[k]);
      const double error = p - (correct[k] ? 1.0 : 0.0);
      const double w = p * (1.0 - p);
      g_slope += error * margins[k];
      g_intercept += error;
      h_ss += w * margins[k] * margins[k];
      h_si += w * margins[k];
      h_ii += w;
    }
    const double determinant = h_ss * h_ii - h_si * h_si;
    if (!(determinant > 0.0)) break;
    const double step_slope = (h_ii * g_slope - h_si * g_intercept) / determinant;
    const double step_intercept = (h_ss * g_intercept - h_si * g_slope) / determinant;
    fit.slope -= step_slope;
    fit.intercept -= step_intercept;
    if (std::abs(step_slope) + std::abs(step_intercept) < 1e-9) break;
  }
  return fit;
}

}  // namespace strata::entities
