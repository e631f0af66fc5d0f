#include "perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace strata::entities {

Perceptron::Perceptron(std::size_t tags, unsigned bucket_bits)
    : tags_(tags),
      bucket_bits_(bucket_bits),
      weights_((std::size_t{1} << bucket_bits) * tags, 0),
      sums_(weights_.size(), 0),
      transition_weights_(2 * tags + tags * tags, 0),
      transition_sums_(transition_weights_.size(), 0),
      current_transitions_(tags) {}

void Perceptron::score(const SentenceFeatures& features, Lattice& lattice) const {
  const std::size_t n = features.size();
  lattice.reset(n, tags_);
  for (std::size_t i = 0; i < n; ++i) {
    double* row = lattice.row(i);
    for (const std::uint32_t bucket : features.at(i)) {
      const std::int32_t* weights = &weights_[std::size_t{bucket} * tags_];
      for (std::size_t t = 0; t < tags_; ++t) row[t] += weights[t];
    }
  }
}

void Perceptron::add_emission(std::span<const std::uint32_t> buckets, Tag tag, int delta) {
  for (const std::uint32_t bucket : buckets) {
    const std::size_t index = std::size_t{bucket} * tags_ + tag;
    weights_[index] += delta;
    sums_[index] += examples_ * delta;
  }
}

void Perceptron::add_transition(std::size_t index, int delta) {
  transition_weights_[index] += delta;
  transition_sums_[index] += examples_ * delta;
  const double value = transition_weights_[index];
  if (index < tags_) {
    current_transitions_.start[index] = value;
  } else if (index < 2 * tags_) {
    current_transitions_.end[index - tags_] = value;
  } else {
    current_transitions_.between[index - 2 * tags_] = value;
  }
}

void Perceptron::update_transitions(std::span<const Tag> gold, std::span<const Tag> predicted) {
  const std::size_t n = gold.size();
  if (gold[0] != predicted[0]) {
    add_transition(start_index(gold[0]), 1);
    add_transition(start_index(predicted[0]), -1);
  }
  for (std::size_t i = 1; i < n; ++i) {
    if (gold[i - 1] == predicted[i - 1] && gold[i] == predicted[i]) continue;
    add_transition(between_index(gold[i - 1], gold[i]), 1);
    add_transition(between_index(predicted[i - 1], predicted[i]), -1);
  }
  if (gold[n - 1] != predicted[n - 1]) {
    add_transition(end_index(gold[n - 1]), 1);
    add_transition(end_index(predicted[n - 1]), -1);
  }
}

void Perceptron::update(const SentenceFeatures& features, std::span<const Tag> gold,
                        std::span<const Tag> predicted) {
  if (gold.empty()) return;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (gold[i] == predicted[i]) continue;
    add_emission(features.at(i), gold[i], 1);
    add_emission(features.at(i), predicted[i], -1);
  }
  update_transitions(gold, predicted);
}

void Perceptron::add_average_to(RealWeights& total) const {
  if (total.emission.empty()) {
    total.emission.assign(weights_.size(), 0.0);
    total.transitions.assign(transition_weights_.size(), 0.0);
  }
  const auto c = static_cast<double>(examples_);
  for (std::size_t k = 0; k < weights_.size(); ++k) {
    total.emission[k] += static_cast<double>(weights_[k]) - static_cast<double>(sums_[k]) / c;
  }
  for (std::size_t k = 0; k < transition_weights_.size(); ++k) {
    total.transitions[k] +=
        static_cast<double>(transition_weights_[k]) - static_cast<double>(transition_sums_[k]) / c;
  }
}

Weights Perceptron::averaged() const {
  RealWeights average;
  add_average_to(average);
  return quantize(average, 1.0, tags_, bucket_bits_);
}

Weights Perceptron::quantize(const RealWeights& weights, double count, std::size_t tags,
                             unsigned bucket_bits) {
  Weights result = Weights::zero(tags, bucket_bits);
  double largest = 0.0;
  for (const double w : weights.emission) largest = std::max(largest, std::abs(w / count));
  const double scale = largest > 0.0 ? largest / std::numeric_limits<std::int16_t>::max() : 1.0;
  result.scale = static_cast<float>(scale);
  // Quantize against the float scale the model will be read with.
  const double stored_scale = result.scale;
  const std::size_t buckets = std::size_t{1} << bucket_bits;
  for (std::size_t b = 0; b < buckets; ++b) {
    for (std::size_t t = 0; t < tags; ++t) {
      const double q = std::round(weights.emission[b * tags + t] / count / stored_scale);
      result.emission[b * result.stride + t] =
          static_cast<std::int16_t>(std::clamp(q, -32767.0, 32767.0));
    }
  }
  // Transitions are stored as float32 in model files: round now so a loaded model scores the
  // same.
  const auto transition = [&](std::size_t index) {
    return static_cast<double>(static_cast<float>(weights.transitions[index] / count));
  };
  TransitionScores& transitions = result.transitions;
  for (std::size_t t = 0; t < tags; ++t) {
    transitions.start[t] = transition(t);
    transitions.end[t] = transition(tags + t);
    for (std::size_t p = 0; p < tags; ++p) {
      transitions.between[p * tags + t] = transition(2 * tags + p * tags + t);
    }
  }
  return result;
}

}  // namespace strata::entities
