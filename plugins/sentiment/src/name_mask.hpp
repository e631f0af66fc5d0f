// Reading the names of a document as words without sentiment.
#pragma once

#include <span>
#include <vector>

#include "strata/document.hpp"
#include "strata/token_index.hpp"

namespace strata::sentiment {

// The tokens inside the PER, LOC and ORG annotations of a document's `entities` layer, when
// there is one: a name carries no sentiment of its own ("Mosca" the city is not the fly,
// "Grillo" the politician not the cricket), so such tokens read as a word no list knows.
class NameMask {
 public:
  // The kind a word of a name is given: words_of reads it as a neutral word without folding and
  // looking it up.
  static constexpr std::string_view kNameKind = "name";

  NameMask() = default;
  explicit NameMask(const Document& document) { find(document); }

  // Finds the names of `document`, in place of those found before.
  void find(const Document& document);

  // `tokens` (in text order) with every token inside a name masked: a word becomes a neutral
  // word of kind kNameKind, punctuation a stand-in that makes no emoticon with its neighbours.
  // `tokens` itself when no name holds any of them. `buffer` holds the copy.
  std::span<const Token> apply(std::span<const Token> tokens, std::vector<Token>& buffer) const;

 private:
  struct Range {
    Offset begin;
    Offset end;
  };
  std::vector<Range> names_;       // in text order
  std::vector<AnnotationId> ids_;  // the entities by offset; a member to keep its memory
};

}  // namespace strata::sentiment
