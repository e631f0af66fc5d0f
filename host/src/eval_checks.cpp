#include "eval_checks.hpp"

#include <algorithm>
#include <set>

#include "chain_file.hpp"
#include "setup_error.hpp"

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

std::string comma_list(const std::set<std::string>& names) {
  std::string list;
  for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
  return list.empty() ? "none" : list;
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
                       "' (they have: " + comma_list(found) + ")");
    }
  }
}

}  // namespace strata::host
