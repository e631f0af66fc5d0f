// A document's tokens, sentences and speaking entities as the quotation finder reads them.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "attribution.hpp"
#include "strata/document.hpp"
#include "strata/token_index.hpp"

namespace strata::quotations {

// Everything about a document's tokens that attribution reads: folded words (near quotes and
// in entities only), punctuation and capitals, sentences as token ranges, and the PER, ORG and
// LOC entities.
class TokenView {
 public:
  TokenView(const Document& document, const TokenIndex& index);

  DocumentTokens tokens() const {
    return {folded_, punctuation_, capitalised_, quoted_, speakers_};
  }

  // Folds the tokens of the sentences from the one holding byte `begin` to the one after the
  // one holding byte `end`: the only ones the lexicons are matched on (folding every token of
  // a corpus would cost more than finding its quotations).
  // Marks the tokens of a quoted span's content.
  void mark_quoted(Offset begin, Offset end) {
    const TokenRange range = between(begin, end);
    for (std::size_t i = range.first; i < range.last; ++i) quoted_[i] = 1;
  }

  void fold_around(Offset begin, Offset end) {
    const std::size_t first = sentence_of(between(begin, begin).first).first;
    std::size_t last = sentence_of(between(end, end).first).last;
    if (last < tokens_.size()) last = sentence_of(last).last;
    for (std::size_t i = first; i < last; ++i) fold(i);
  }
  std::span<const Token> all() const { return tokens_; }
  AnnotationId entity_id(std::size_t index) const { return entity_ids_[index]; }

  // The name a reader would give the speaker: for a name of several words, the first longest
  // of the same kind that holds all its words ("Vladimir V. Putin" for "Vladimir Putin"); for
  // one word, that of the nearest longer name before it ending with it, else of the first after
  // ("Antonio Conte" for a "Conte" after it, though "Giuseppe Conte" came first).
  std::size_t fullest_name(std::size_t index) const { return fullest_[index]; }

  TokenRange between(Offset begin, Offset end) const {
    const auto first = std::lower_bound(tokens_.begin(), tokens_.end(), begin,
                                        [](const Token& t, Offset at) { return t.begin < at; });
    auto last = first;
    while (last != tokens_.end() && last->end <= end) ++last;
    return {static_cast<std::size_t>(first - tokens_.begin()),
            static_cast<std::size_t>(last - tokens_.begin())};
  }

  // The sentence holding token i (or the one after, for a token between sentences).
  TokenRange sentence_of(std::size_t i) const {
    const auto found =
        std::upper_bound(sentences_.begin(), sentences_.end(), i,
                         [](std::size_t token, const TokenRange& s) { return token < s.first; });
    if (found == sentences_.begin()) return {0, tokens_.size()};
    return *(found - 1);
  }

  // The sentence after the one ending at token `end`, when it goes on in lower case: a
  // sentence splitter may cut «...!» ha detto Rossi after the mark.
  std::size_t extend_lowercase(std::size_t end) const {
    if (end >= tokens_.size()) return end;
    const std::string_view first = tokens_[end].text;
    if (first.empty() || !(first.front() >= 'a' && first.front() <= 'z')) return end;
    return sentence_of(end).last;
  }

 private:
  void find_fullest_names();
  void fold(std::size_t i) {
    if (!folded_[i].empty()) return;
    std::string folded = fold_token(tokens_[i].text);
    if (!folded.empty()) folded_[i] = folded_forms_.emplace_back(std::move(folded));
  }

  std::span<const Token> tokens_;
  // A view per token, of the few tokens folded: a string per token cost 32 bytes a token of
  // the document (140 MB for a 20 MB text).
  std::vector<std::string_view> folded_;
  std::deque<std::string> folded_forms_;  // what folded_ views; a deque never moves them
  std::vector<std::uint8_t> punctuation_;
  std::vector<std::uint8_t> capitalised_;
  std::vector<std::uint8_t> quoted_;
  std::vector<TokenRange> sentences_;
  std::vector<SpeakerEntity> speakers_;
  std::vector<AnnotationId> entity_ids_;  // of speakers_, in the entities layer
  std::vector<std::size_t> fullest_;      // fullest_name of each of speakers_
};

}  // namespace strata::quotations
