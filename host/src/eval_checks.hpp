// What strata eval checks before it scores: that the layer and labels asked for are there.
#pragma once

#include <string>
#include <string_view>

#include "eval_corpus.hpp"

namespace strata::host {

// What was asked of strata eval, as the checks name it.
struct EvalRequest {
  std::string layer;
  std::string labels;  // --labels, comma-separated; empty: the gold's
  std::string gold;    // the gold's name in messages
  std::string pred;
  std::string attribute = {};  // --attribute; empty: none
};

// Throws SetupError when no gold or predicted document has the layer, when a predicted JSON
// document lacks it (made by another chain: it would count as predicting nothing; TEI leaves an
// empty layer out, so there it may be a prediction of nothing), when --labels names no
// label, or names one that no span of either carries, or when no span of either has the
// --attribute: a misspelt layer, label or attribute would score nothing and print zeros as if
// they were a result.
void check_layer_and_labels(const ScoredCorpus& gold, const ScoredCorpus& predicted,
                            const EvalRequest& request);

// Throws SetupError "document 'KEY': the predicted text differs from the gold text at code point
// N" unless the two are equal: predictions made from other text (another gold's items numbered
// alike, say) would be scored as if they belonged.
void check_same_text(const std::string& key, const std::string& gold, const std::string& predicted);

// A gold item's text as a document read from it would have it (strata::canonicalize_text);
// throws SetupError at `where` (FILE:LINE) for bytes a document cannot hold (invalid UTF-8).
std::string canonical_gold_text(std::string_view raw, const std::string& where);

}  // namespace strata::host
