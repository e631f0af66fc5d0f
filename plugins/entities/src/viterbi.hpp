// Finding the best BIO tag sequence for a sentence, and how much better it is than others.
#pragma once

#include <span>
#include <vector>

#include "lattice.hpp"
#include "tag_set.hpp"

namespace strata::entities {

// Buffers for decoding, reused from sentence to sentence. One per thread.
struct ViterbiWorkspace {
  std::vector<double> forward;   // [i * tags + t]: best score of tokens 0..i ending in t
  std::vector<double> backward;  // [i * tags + t]: best score of tokens i+1.. after t at i
  std::vector<std::uint8_t> back_pointers;
};

// The best-scoring tag sequence that obeys BIO (I-X only after B-X or I-X, never first).
// Tags are numbered as in TagSet; `lattice.tags` must be 2k + 1 for k types. Returns the score
// of that sequence.
double viterbi(const Lattice& lattice, const TransitionScores& transitions,
               ViterbiWorkspace& workspace, std::vector<Tag>& best);

// After viterbi() on the same lattice: for each token i and tag t, the score of the best valid
// sequence that puts t at i (a max-marginal), as max_marginals[i * tags + t]. The best
// sequence's own tags score the viterbi() result; other tags score less or equal.
void max_marginals(const Lattice& lattice, const TransitionScores& transitions,
                   ViterbiWorkspace& workspace, std::vector<double>& out);

}  // namespace strata::entities
