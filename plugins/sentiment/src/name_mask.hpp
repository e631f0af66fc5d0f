// Reading the names of a document as words without sentiment.
#pragma once

#include <span>
#include <vector>

#include "strata/document.hpp"
#include "strata/token_index.hpp"
#include "word_lists.hpp"

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

  // Whether the document has no names: then mask() changes nothing.
  bool empty() const { return names_.empty(); }

  // Masks every token of `tokens` (in text order, as a TokenIndex has them) inside a name: a word
  // becomes a neutral word of kind kNameKind, punctuation a stand-in that makes no emoticon with
  // its neighbours. A token is inside the last name that begins at or before it, if that name
  // ends where the token ends or after. The capitalised word right before a person's name is
  // masked too when `lists` hold it as a title ("Justice Kagan", "Santa Chiara"): part of how
  // the person is called, not a judgement.
  void mask(std::span<Token> tokens, const WordLists& lists) const;

 private:
  struct Range {
    Offset begin;
    Offset end;
    bool person;
  };
  // Whether token `t` is a title of the name it stands before.
  static bool is_title(std::span<const Token> tokens, std::size_t t, const WordLists& lists,
                       std::string& buffer);
  std::vector<Range> names_;       // in text order
  std::vector<AnnotationId> ids_;  // the entities by offset; a member to keep its memory
};

}  // namespace strata::sentiment
