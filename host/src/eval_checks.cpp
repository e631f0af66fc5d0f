#include "eval_checks.hpp"

#include <algorithm>
#include <set>

#include "chain_file.hpp"
#include "setup_error.hpp"
#include "strata/error.hpp"
#include "strata/text.hpp"
#include "text_list.hpp"

namespace strata::host {
namespace {

// Whether any document of `corpus` has the layer scored.
bool any_has_layer(const ScoredCorpus& corpus) {
  return std::any_of(corpus.begin(), corpus.end(),
                     [](const auto& entry) { return entry.second.has_layer; });
}

// Whether any span of `corpus` has the --attribute feature.
bool any_has_attribute(const ScoredCorpus& corpus) {
  return std::any_of(corpus.begin(), corpus.end(), [](const auto& entry) {
    const auto& spans = entry.second.spans;
    return std::any_of(spans.begin(), spans.end(),
                       [](const LabelledSpan& span) { return span.attribute.has_value(); });
  });
}

// The labels the spans of `corpus` carry.
std::set<std::string> labels_of(const ScoredCorpus& corpus) {
  std::set<std::string> labels;
  for (const auto& [key, document] : corpus) {
    for (const auto& span : document.spans) labels.insert(span.label);
  }
  return labels;
}

// Where two texts first differ, in code points.
std::size_t first_difference(const std::string& a, const std::string& b) {
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  std::size_t code_points = 0;
  for (std::size_t j = 0; j < i; ++j) {
    code_points += (static_cast<unsigned char>(a[j]) & 0xC0) != 0x80;
  }
  return code_points;
}

}  // namespace

void check_same_text(const std::string& key, const std::string& gold,
                     const std::string& predicted) {
  if (gold == predicted) return;
  throw SetupError("document '" + key + "': the predicted text differs from the gold text at " +
                   "code point " + std::to_string(first_difference(gold, predicted)));
}

std::string canonical_gold_text(std::string_view raw, const std::string& where) {
  try {
    return canonicalize_text(raw);
  } catch (const Error& e) {  // its offset counts from 0, in the text field
    throw SetupError(where + ": the text field: " + e.what() + " (from 0)");
  }
}

void check_layer_and_labels(const ScoredCorpus& gold, const ScoredCorpus& predicted,
                            const EvalRequest& request) {
  if (!any_has_layer(gold) || !any_has_layer(predicted)) {
    throw SetupError("no document of " + (any_has_layer(gold) ? request.pred : request.gold) +
                     " has a layer '" + request.layer + "'");
  }
  for (const auto& [key, document] : predicted) {
    if (!document.has_layer && document.keeps_empty_layers && gold.count(key)) {
      throw SetupError("document '" + key + "' of " + request.pred + " has no layer '" +
                       request.layer + "' (annotated with another chain?)");
    }
  }
  if (!request.attribute.empty() && !any_has_attribute(gold) && !any_has_attribute(predicted)) {
    throw SetupError("no span of the gold or the predictions has a string feature '" +
                     request.attribute + "' (--attribute scores string features)");
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
