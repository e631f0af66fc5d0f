// The averaged structured perceptron that learns a tagger's weights.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "features.hpp"
#include "lattice.hpp"
#include "tag_set.hpp"
#include "weights.hpp"

namespace strata::entities {

// Real-valued weights in a perceptron's own layout, for summing the averages of several.
struct RealWeights {
  std::vector<double> emission;     // [bucket * tags + tag]
  std::vector<double> transitions;  // start[tags], end[tags], between[tags * tags]
};

// Collins' structured perceptron with averaging: decode a sentence with the current weights,
// and where the best sequence differs from the gold one, add the gold sequence's features and
// subtract the predicted one's. Updates are whole numbers, so the weights are integers and
// training is exact and reproducible. The average of the weights over all examples, which
// generalises much better than the last weights, is kept with Daumé's trick: besides the
// weights w, a sum u of each update times the number of examples seen when it happened; the
// average is then w - u / c after c examples, with no pass over all weights per example.
class Perceptron {
 public:
  Perceptron(std::size_t tags, unsigned bucket_bits);

  // Scores with the current (not averaged) weights, for decoding during training.
  void score(const SentenceFeatures& features, Lattice& lattice) const;
  const TransitionScores& transitions() const { return current_transitions_; }

  // Moves the weights towards `gold` and away from `predicted` (same length as the features).
  void update(const SentenceFeatures& features, std::span<const Tag> gold,
              std::span<const Tag> predicted);
  // Counts one example seen, updated or not.
  void next_example() { ++examples_; }

  // The averaged weights, quantized.
  Weights averaged() const;
  // Adds the averaged weights to `total` (sized on first use), for an ensemble's mean.
  void add_average_to(RealWeights& total) const;
  // `weights` divided by `count`, quantized: the mean of `count` perceptrons' averages.
  static Weights quantize(const RealWeights& weights, double count, std::size_t tags,
                          unsigned bucket_bits);

 private:
  // Transition parameters in one array: start[tags], end[tags], between[tags * tags].
  std::size_t start_index(Tag tag) const { return tag; }
  std::size_t end_index(Tag tag) const { return tags_ + tag; }
  std::size_t between_index(Tag previous, Tag tag) const {
    return 2 * tags_ + std::size_t{previous} * tags_ + tag;
  }
  void add_transition(std::size_t index, int delta);
  void add_emission(std::span<const std::uint32_t> buckets, Tag tag, int delta);
  void update_transitions(std::span<const Tag> gold, std::span<const Tag> predicted);

  std::size_t tags_;
  unsigned bucket_bits_;
  std::vector<std::int32_t> weights_;  // [bucket * tags + tag]
  std::vector<std::int64_t> sums_;     // u, same layout
  std::vector<std::int32_t> transition_weights_;
  std::vector<std::int64_t> transition_sums_;
  TransitionScores current_transitions_;  // transition_weights_ as the decoder wants them
  std::int64_t examples_ = 1;
};

}  // namespace strata::entities
