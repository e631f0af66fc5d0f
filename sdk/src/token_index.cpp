#include "strata/token_index.hpp"

#include <algorithm>

#include "strata/layer_names.hpp"

namespace strata {

TokenIndex::TokenIndex(const Document& document) {
  const Layer& tokens = document.layer(layer_names::tokens);
  const char* const text = document.text().data();
  // The kind of a token is the string value of its feature named "kind"; names are interned, so
  // comparing ids finds it as string_feature would.
  const std::uint32_t kind_id = tokens.id_of("kind");
  const auto add_token = [&](AnnotationId id) {
    const Layer::Record& r = tokens.records_[id];
    std::string_view kind;
    for (std::uint32_t f = kind_id == Layer::kNone ? Layer::kNone : r.first_feature;
         f != Layer::kNone; f = tokens.features_[f].next) {
      const Layer::FeatureRecord& feature = tokens.features_[f];
      if (feature.name() != kind_id) continue;
      if (feature.kind() == Layer::Kind::string) {
        kind = tokens.views_[static_cast<std::size_t>(feature.bits)];
      }
      break;
    }
    // Layer::add checked the range against this text.
    tokens_.push_back(
        {r.begin, r.end, id, std::string_view(text + r.begin, r.end - r.begin), kind});
  };
  tokens_.reserve(tokens.size());
  // The tokenizer adds in text order: then the ids are that order, and no list of them is needed.
  if (tokens.in_offset_order()) {
    for (AnnotationId id = 0; id < tokens.size(); ++id) add_token(id);
  } else {
    for (AnnotationId id : tokens.ids_by_offset()) add_token(id);
  }

  const Layer* sentences = document.find_layer(layer_names::sentences);
  if (!sentences) {
    sentences_.push_back({0, static_cast<Offset>(document.text().size()), 0, tokens_});
    return;
  }
  sentences_.reserve(sentences->size());
  // Sentences in text order begin in order, so each one's first token is found by going on from
  // the last one's; so is its end while ends grow too (always, unless sentences nest).
  auto first = tokens_.cbegin();
  auto last = tokens_.cbegin();
  Offset last_end = 0;
  for (AnnotationId id : sentences->ids_by_offset()) {
    const Offset begin = sentences->begin(id);
    const Offset end = sentences->end(id);
    first = std::find_if(first, tokens_.cend(), [begin](const Token& t) { return t.end > begin; });
    if (end < last_end || last < first) last = first;
    last = std::find_if(last, tokens_.cend(), [end](const Token& t) { return t.begin >= end; });
    last_end = end;
    sentences_.push_back({begin, end, id, {first, last}});
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
