// The words of a sentence as the sentiment engine reads them.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "folded_text.hpp"
#include "strata/token_index.hpp"
#include "word_lists.hpp"

namespace strata::sentiment {

// One word of a sentence: folded, looked up once, with whether it was written in capitals.
struct Word {
  std::string_view folded;  // a view of the Words that holds it
  // A copy of what the lists say, all false when they do not know the word: the rules read it
  // several times per word.
  WordEntry entry;
  bool all_caps = false;  // has capital letters and no small ones ("GREAT")

  bool in_lexicon() const { return entry.in_lexicon; }
};

// The words of a stretch of text and the folded text they view, one buffer for all of them so
// that folding a word allocates nothing; a caller reading sentence after sentence reuses one.
class Words {
 public:
  std::span<const Word> list() const { return list_; }
  operator std::span<const Word>() const { return list_; }  // NOLINT: read as the words
  std::size_t size() const { return list_.size(); }
  const Word& operator[](std::size_t i) const { return list_[i]; }
  // The index, among the tokens words_of read, of the token word `i` starts at; ascending.
  std::span<const std::uint32_t> first_tokens() const { return first_tokens_; }

 private:
  friend void words_of(std::span<const Token> tokens, const WordLists& lists, Words& words);
  std::vector<Word> list_;
  FoldedText folded_;                 // every word's folded form, one after another
  std::vector<std::size_t> offsets_;  // where each word's form starts in folded_
  std::vector<std::uint32_t> first_tokens_;
  std::string scratch_;  // for fold_word, on words outside ASCII
  // The words still to look up and their hashes: all are looked up after the sentence is folded,
  // their memory fetched meanwhile.
  struct Lookup {
    std::size_t word;
    std::uint64_t hash;
  };
  std::vector<Lookup> lookups_;
};

// The words of `tokens` as VADER splits text: punctuation left out (it counts through "!" and
// "?" only) unless it makes an emoticon of the lexicon (":)"), and a clitic written against its
// word joined to it again ("do" "n't" -> "don't"), so that neutral-word counts match VADER's.
// Into `words` (replaced); views into the Words of an earlier call end.
void words_of(std::span<const Token> tokens, const WordLists& lists, Words& words);
Words words_of(std::span<const Token> tokens, const WordLists& lists);

// Whether a token of this kind makes a word (or part of one); punctuation and symbols do not.
// Inline: asked of every token.
inline bool is_word_kind(std::string_view kind) {
  return kind != "punct" && kind != "symbol";
}

// Whether words_of reads a token of this kind as a neutral word without looking it up: numbers,
// web and mail addresses, and the words of names NameMask masked (kind "name").
inline bool is_neutral_kind(std::string_view kind) {
  return kind == "number" || kind == "url" || kind == "email" || kind == "name";
}

// Whether a word is written in capitals: some capital letters and no small ones. Letters
// outside ASCII are not looked at: they neither make nor spoil capitals.
bool is_all_caps(std::string_view word);

}  // namespace strata::sentiment
