// A document's sentences as the sentiment engine reads them: tokens with names masked, and words.
#pragma once

#include <span>
#include <vector>

#include "name_mask.hpp"
#include "strata/token_index.hpp"
#include "word_lists.hpp"
#include "words.hpp"

namespace strata::sentiment {

// Every sentence of a document, its names masked (NameMask::mask) and made into words as
// words_of makes them (add_words_of for each sentence, then look_up_words once): all sentences
// are folded before any word is looked up, so that the lookups of the whole document wait for
// memory together. One object serves document after document (read), keeping its buffers.
class DocumentWords {
 public:
  DocumentWords() = default;
  // Not copied: its views are of its own buffers.
  DocumentWords(const DocumentWords&) = delete;
  DocumentWords& operator=(const DocumentWords&) = delete;

  // Reads the sentences of `index`, in place of those read before. Each sentence's tokens are a
  // view into index.tokens(), as TokenIndex makes them. `index` must outlive the views below;
  // `names` are the document's.
  void read(const TokenIndex& index, const NameMask& names, const WordLists& lists);

  std::size_t sentences() const { return parts_.size(); }
  // Sentence `s`'s tokens, names masked.
  std::span<const Token> tokens(std::size_t s) const {
    return tokens_.subspan(parts_[s].first, parts_[s].size);
  }
  // Sentence `s`'s words, made of tokens(s).
  SentenceWords words(std::size_t s) const { return words_.part(s); }

 private:
  // A sentence's tokens: where they start in tokens_, and how many.
  struct Part {
    std::size_t first;
    std::size_t size;
  };
  std::vector<Part> parts_;
  std::vector<Token> masked_;      // the document's tokens, names masked, when it has names
  std::span<const Token> tokens_;  // masked_, or the index's own tokens when it has none
  Words words_;
};

}  // namespace strata::sentiment
