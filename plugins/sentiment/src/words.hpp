// The words of a sentence as the sentiment engine reads them.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "strata/token_index.hpp"
#include "word_lists.hpp"

namespace strata::sentiment {

// One word of a sentence: folded, looked up once, with whether it was written in capitals.
struct Word {
  std::string folded;
  // A copy of what the lists say, all false when they do not know the word: the rules read it
  // several times per word, and the lists' own entries lie scattered over a megabyte.
  WordEntry entry;
  bool all_caps = false;  // has capital letters and no small ones ("GREAT")

  bool in_lexicon() const { return entry.in_lexicon; }
};

// The words of `tokens` as VADER splits text: punctuation left out (it counts through "!" and
// "?" only) unless it makes an emoticon of the lexicon (":)"), and a clitic written against its
// word joined to it again ("do" "n't" -> "don't"), so that neutral-word counts match VADER's.
std::vector<Word> words_of(std::span<const Token> tokens, const WordLists& lists);
// The same into `words` (replaced), so that a caller reading sentence after sentence reuses one
// vector.
void words_of(std::span<const Token> tokens, const WordLists& lists, std::vector<Word>& words);

// One word as the engine reads it: folded and looked up.
Word word_of(std::string_view text, const WordLists& lists);

// Whether a word is written in capitals: some capital letters and no small ones. Letters
// outside ASCII are not looked at: they neither make nor spoil capitals.
bool is_all_caps(std::string_view word);

}  // namespace strata::sentiment
