#include "token_view.hpp"

#include <string_view>
#include <unordered_map>

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
  find_fullest_names();
}

// Once per document: comparing each quote's speaker with every entity made a book-length
// document quadratic (a 20 MB text spent most of its time here).
void TokenView::find_fullest_names() {
  // Per kind (person or not) and last word, the first of the longest names.
  std::unordered_map<std::string_view, std::size_t> longest[2];
  const auto length = [this](std::size_t k) {
    return speakers_[k].tokens.last - speakers_[k].tokens.first;
  };
  for (std::size_t k = 0; k < speakers_.size(); ++k) {
    const std::string_view last = folded_[speakers_[k].tokens.last - 1];
    const auto [found, added] = longest[speakers_[k].person].try_emplace(last, k);
    if (!added && length(k) > length(found->second)) found->second = k;
  }
  fullest_.reserve(speakers_.size());
  for (std::size_t k = 0; k < speakers_.size(); ++k) {
    const std::size_t best = longest[speakers_[k].person].at(folded_[speakers_[k].tokens.last - 1]);
    fullest_.push_back(length(best) > length(k) ? best : k);
  }
}

}  // namespace strata::quotations
