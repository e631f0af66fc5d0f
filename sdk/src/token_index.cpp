#include "strata/token_index.hpp"

#include <algorithm>

#include "strata/layer_names.hpp"

namespace strata {

TokenIndex::TokenIndex(const Document& document) {
  const Layer& tokens = document.layer(layer_names::tokens);
  tokens_.reserve(tokens.size());
  for (AnnotationId id : tokens.ids_by_offset()) {
    tokens_.push_back({tokens.begin(id), tokens.end(id), id,
                       document.text(tokens.begin(id), tokens.end(id)),
                       tokens.string_feature(id, "kind")});
  }

  const Layer* sentences = document.find_layer(layer_names::sentences);
  if (!sentences) {
    sentences_.push_back({0, static_cast<Offset>(document.text().size()), 0, tokens_});
    return;
  }
  for (AnnotationId id : sentences->ids_by_offset()) {
    const Offset begin = sentences->begin(id);
    const Offset end = sentences->end(id);
    sentences_.push_back({begin, end, id, tokens_between(begin, end)});
  }
}

std::span<const Token> TokenIndex::tokens_between(Offset begin, Offset end) const {
  auto first = std::partition_point(tokens_.begin(), tokens_.end(),
                                    [begin](const Token& t) { return t.end <= begin; });
  auto last =
      std::partition_point(first, tokens_.end(), [end](const Token& t) { return t.begin < end; });
  return {first, last};
}

}  // namespace strata
