#include "decoding.hpp"

#include "confidence.hpp"

namespace strata::entities {

double decode_tags(const Weights& weights, const SentenceFeatures& features,
                   DecodingWorkspace& workspace, std::vector<Tag>& tags) {
  weights.score(features, workspace.lattice);
  return viterbi(workspace.lattice, weights.transitions, workspace.viterbi, tags);
}

std::vector<ScoredEntity> score_entities(const Weights& weights, const std::vector<Tag>& tags,
                                         double best_score, DecodingWorkspace& workspace) {
  std::vector<ScoredEntity> entities;
  const std::vector<EntitySpan> spans = entity_spans(tags);
  if (spans.empty()) return entities;
  max_marginals(workspace.lattice, weights.transitions, workspace.viterbi, workspace.max_marginals);
  entities.reserve(spans.size());
  for (const EntitySpan& span : spans) {
    entities.push_back(
        {span, entity_margin(workspace.max_marginals, best_score, tags, weights.tags, span)});
  }
  return entities;
}

}  // namespace strata::entities
