#include "eval_checks.hpp"

#include <algorithm>
#include <set>

#include "chain_file.hpp"
#include "setup_error.hpp"
#include "text_list.hpp"

namespace strata::host {
namespace {

// Whether any document of `corpus` has the layer scored.
bool any_has_layer(const ScoredCorpus& corpus) {
  return std::any_of(corpus.begin(), corpus.end(),
                     [](const auto& entry) { return entry.second.has_layer; });
}

// The labels the spans of `corpus` carry.
std::set<std::string> labels_of(const ScoredCorpus& corpus) {
  std::set<std::string> labels;
  for (const auto& [key, document] : corpus) {
    for (const auto& span : document.spans) labels.insert(span.label);
  }
  return labels;
}

}  // namespace

void check_layer_and_labels(const ScoredCorpus& gold, const ScoredCorpus& predicted,
                            const EvalRequest& request) {
  if (!any_has_layer(gold) || !any_has_layer(predicted)) {
    throw SetupError("no document of " + (any_has_layer(gold) ? request.pred : request.gold) +
                     " has a layer '" + request.layer + "'");
  }
  if (request.labels.empty()) return;
  const auto wanted = split_list(request.labels);
  if (wanted.empty()) throw SetupError("--labels names no label");
  std::set<std::string> found = labels_of(gold);
  found.merge(labels_of(predicted));
  for (const auto& label : wanted) {
    if (!found.count(label)) {
      throw SetupError("no span of the gold or the predictions has the label '" + label +
                       "' (they have: " + joined(found, ", ", "none") + ")");
    }
  }
}

}  // namespace strata::host
