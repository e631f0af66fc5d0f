#include "token_view.hpp"

namespace strata::quotations {
namespace {

constexpr std::string_view kEntitiesLayer = "entities";

}  // namespace

TokenView::TokenView(const Document& document, const TokenIndex& index) : tokens_(index.tokens()) {
  folded_.resize(tokens_.size());
  quoted_.resize(tokens_.size(), 0);
  punctuation_.reserve(tokens_.size());
  for (const Token& token : tokens_) {
    punctuation_.push_back(token.kind == "punct" || token.kind == "symbol");
    capitalised_.push_back(!token.text.empty() && token.text.front() >= 'A' &&
                           token.text.front() <= 'Z');
  }
  for (const Sentence& sentence : index.sentences()) {
    const auto first = static_cast<std::size_t>(sentence.tokens.data() - tokens_.data());
    sentences_.push_back({first, first + sentence.tokens.size()});
  }
  if (const Layer* entities = document.find_layer(kEntitiesLayer)) {
    for (const AnnotationId id : entities->ids_by_offset()) {
      const std::string_view type = entities->type(id);
      // A country or city speaks too ("la Georgia ha dichiarato"), as the subject of a cue.
      if (type != "PER" && type != "ORG" && type != "LOC") continue;
      const TokenRange range = between(entities->begin(id), entities->end(id));
      if (range.empty() || (!speakers_.empty() && range.first < speakers_.back().tokens.last)) {
        continue;
      }
      speakers_.push_back({range, type == "PER"});
      entity_ids_.push_back(id);
      // Names are compared by their words, and the word before one says if it is a subject.
      for (std::size_t i = range.first > 0 ? range.first - 1 : 0; i < range.last; ++i) fold(i);
    }
  }
}

}  // namespace strata::quotations
