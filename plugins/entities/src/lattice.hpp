// The scores a sentence gets from a model, which decoding searches: one per token and tag,
// plus the scores of tag transitions.
#pragma once

#include <cstddef>
#include <vector>

namespace strata::entities {

// Scores of each tag at the start of a sentence, after each tag, and at the end.
struct TransitionScores {
  std::size_t tags = 0;
  std::vector<double> start;    // [tag]
  std::vector<double> end;      // [tag]
  std::vector<double> between;  // [previous * tags + tag]

  explicit TransitionScores(std::size_t tag_count = 0)
      : tags(tag_count),
        start(tag_count, 0.0),
        end(tag_count, 0.0),
        between(tag_count * tag_count, 0.0) {}
  double at(std::size_t previous, std::size_t tag) const { return between[previous * tags + tag]; }
};

// Token scores of one sentence: emission(i, t) for token i and tag t.
struct Lattice {
  std::size_t length = 0;
  std::size_t tags = 0;
  std::vector<double> emissions;  // [i * tags + t]

  void reset(std::size_t token_count, std::size_t tag_count) {
    length = token_count;
    tags = tag_count;
    emissions.assign(token_count * tag_count, 0.0);
  }
  double emission(std::size_t i, std::size_t t) const { return emissions[i * tags + t]; }
  double* row(std::size_t i) { return emissions.data() + i * tags; }
};

}  // namespace strata::entities
