#include "token_view.hpp"

#include <algorithm>
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
  const auto length = [this](std::size_t k) {
    return speakers_[k].tokens.last - speakers_[k].tokens.first;
  };
  const auto last_word = [this](std::size_t k) { return folded_[speakers_[k].tokens.last - 1]; };
  // Whether every word of mention `a` is a word of mention `b` ("Vladimir Putin" of "Vladimir
  // V. Putin"; not "Giuseppe Conte" of "Antonio Conte").
  const auto words_within = [&](std::size_t a, std::size_t b) {
    const TokenRange in = speakers_[b].tokens;
    for (std::size_t i = speakers_[a].tokens.first; i < speakers_[a].tokens.last; ++i) {
      if (std::find(folded_.begin() + in.first, folded_.begin() + in.last, folded_[i]) ==
          folded_.begin() + in.last) {
        return false;
      }
    }
    return true;
  };
  // A name of several words stands for the first longest of its kind that holds all its words.
  // The distinct names of several words, per kind and last word, in order of first use.
  std::unordered_map<std::string_view, std::vector<std::size_t>> names[2];
  fullest_.resize(speakers_.size());
  for (std::size_t k = 0; k < speakers_.size(); ++k) {
    fullest_[k] = k;
    if (length(k) == 1) continue;
    auto& same_end = names[speakers_[k].person][last_word(k)];
    const auto same = std::find_if(same_end.begin(), same_end.end(), [&](std::size_t n) {
      return length(n) == length(k) && words_within(k, n);
    });
    if (same == same_end.end()) {
      same_end.push_back(k);
    } else {
      fullest_[k] = *same;  // the same name again: its first use stands for it
    }
  }
  for (std::size_t k = 0; k < speakers_.size(); ++k) {
    if (length(k) == 1) continue;
    for (const std::size_t n : names[speakers_[k].person][last_word(k)]) {
      if (length(n) > length(fullest_[k]) && words_within(k, n)) fullest_[k] = n;
    }
  }
  // A one-word name ("Conte") stands for the nearest longer one before it that ends with it
  // ("Antonio Conte" after "Giuseppe Conte"), else the first after it: two people who share a
  // surname stay two.
  std::unordered_map<std::string_view, std::size_t> nearest[2];
  const auto take_nearest = [&](std::size_t k) {
    auto& by_word = nearest[speakers_[k].person];
    if (length(k) > 1) by_word[last_word(k)] = k;
    const auto found = by_word.find(last_word(k));
    if (length(k) == 1 && found != by_word.end()) fullest_[k] = fullest_[found->second];
  };
  for (std::size_t k = speakers_.size(); k-- > 0;) take_nearest(k);  // the first after
  for (auto& by_word : nearest) by_word.clear();
  for (std::size_t k = 0; k < speakers_.size(); ++k) take_nearest(k);  // the nearest before wins
}

}  // namespace strata::quotations
