// What strata eval checks before it scores: that the layer and labels asked for are there.
#pragma once

#include <string>

#include "eval_corpus.hpp"

namespace strata::host {

// What was asked of strata eval, as the checks name it.
struct EvalRequest {
  std::string layer;
  std::string labels;  // --labels, comma-separated; empty: the gold's
  std::string gold;    // the gold's name in messages
  std::string pred;
};

// Throws SetupError when no gold or predicted document has the layer, when --labels names no
// label, or when it names one that no span of either carries: a misspelt layer or label would
// score nothing and print zeros as if they were a result.
void check_layer_and_labels(const ScoredCorpus& gold, const ScoredCorpus& predicted,
                            const EvalRequest& request);

}  // namespace strata::host
