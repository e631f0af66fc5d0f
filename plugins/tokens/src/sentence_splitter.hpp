// Grouping the tokens of each paragraph into sentences.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "span.hpp"
#include "token_span.hpp"
#include "word_list.hpp"

namespace strata::tokens {

// Finds sentence ends from punctuation, abbreviations and line layout. Read-only after
// construction.
//
// A sentence ends after a token of sentence-final marks (". ! ? … ..." and runs of them), plus
// the closing quotes and brackets glued to it, when white space and then a token that can start
// a sentence follow: a word beginning with a capital (or a letter of a caseless script), a
// number, a symbol, an opening quote or bracket, or a dash. A dot inside an abbreviation or
// initial token ends nothing, except for abbreviations that may end a sentence ("ecc.",
// "etc.", "U.S."): they end one when the next word is a capitalised function word ("Il", "The"),
// because a capitalised content word after them is as likely to be a name ("U.S. Army", "Apple
// Inc. Chief...") as a new sentence. Inside a paragraph of several lines, a line without final
// punctuation ends a sentence (a heading) when the next line starts like a sentence and is at
// least twice as long, which hard-wrapped prose lines never are. The end of a paragraph always
// ends a sentence.
class SentenceSplitter {
 public:
  // `function_words` (articles, prepositions, pronouns, conjunctions, in any case) must outlive
  // the splitter.
  explicit SentenceSplitter(const WordList& function_words);

  // The sentences of `text`, each from its first token's begin to its last token's end. `tokens`
  // and `paragraphs` are in text order and every token lies inside a paragraph; every token ends
  // up in exactly one sentence, and no sentence crosses a paragraph boundary.
  std::vector<Span> split(std::string_view text, std::span<const TokenSpan> tokens,
                          std::span<const Span> paragraphs) const;

 private:
  const WordList& function_words_;
};

}  // namespace strata::tokens
