// How sure the tagger is of an entity: a margin between decodings, calibrated into 0..1.
#pragma once

#include <span>
#include <vector>

#include "entity_span.hpp"
#include "tag_set.hpp"

namespace strata::entities {

// How much better the best tag sequence scores than the best one that does not contain this
// exact entity, approximated with max-marginals: the least, over the entity's tokens, of the
// best score minus the best score with another tag at that token, and, for the token after
// the entity, minus the best score with I-X there (which would make the entity longer).
// `max_marginals` and `best_score` come from viterbi.hpp for the sentence tagged `tags`.
double entity_margin(std::span<const double> max_marginals, double best_score,
                     std::span<const Tag> tags, std::size_t tag_count, const EntitySpan& entity);

// Maps a margin to a confidence in 0..1: 1 / (1 + exp(-(slope * margin + intercept))). Fitted
// by logistic regression on held-out entities, so that the confidence estimates the
// probability that the entity is exactly right (type and both ends).
struct ConfidenceCalibration {
  double slope = 1.0;
  double intercept = 0.0;

  double operator()(double margin) const;
};

// Fits the calibration to entities with their margins and whether each was right. With no
// examples, or only right or only wrong ones, a weak prior keeps the fit finite.
ConfidenceCalibration fit_calibration(std::span<const double> margins,
                                      const std::vector<bool>& correct);

}  // namespace strata::entities
