// Tagging a sentence whose features are extracted: scores, best tags, entities with margins.
#pragma once

#include <vector>

#include "entity_span.hpp"
#include "features.hpp"
#include "lattice.hpp"
#include "viterbi.hpp"
#include "weights.hpp"

namespace strata::entities {

// Buffers for decoding sentences one after another. One per thread.
struct DecodingWorkspace {
  Lattice lattice;
  ViterbiWorkspace viterbi;
  std::vector<double> max_marginals;
};

// An entity the tagger found, with its margin (see entity_margin).
struct ScoredEntity {
  EntitySpan span;
  double margin = 0.0;
};

// The best valid tags of a sentence; returns that sequence's score.
double decode_tags(const Weights& weights, const SentenceFeatures& features,
                   DecodingWorkspace& workspace, std::vector<Tag>& tags);

// The entities of `tags` (from decode_tags with the same workspace) with their margins.
std::vector<ScoredEntity> score_entities(const Weights& weights, const std::vector<Tag>& tags,
                                         double best_score, DecodingWorkspace& workspace);

}  // namespace strata::entities
