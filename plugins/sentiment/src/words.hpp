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
  // With a valence in the lexicon, at the end of an idiom, or maybe a superlative
  // (WordLists::may_be_superlative): a word whose valence the rules work out. The others, most
  // words, have none.
  bool rules_apply = false;

  bool in_lexicon() const { return entry.in_lexicon; }
  bool has_valence() const { return entry.has_valence(); }
};

// The words of one sentence among those a Words holds: a view of it.
struct SentenceWords {
  std::span<const Word> list;
  // The index, among the sentence's tokens, of the token each word starts at; ascending.
  std::span<const std::uint32_t> first_tokens;

  std::size_t size() const { return list.size(); }
  const Word& operator[](std::size_t i) const { return list[i]; }
};

// The words of one or more sentences and the folded text they view, one buffer for all of them
// so that folding a word allocates nothing; a caller reading sentence after sentence (or document
// after document) reuses one. Each add_words_of makes a part: one sentence's words.
class Words {
 public:
  // Forgets every word and part, keeping the memory.
  void clear();
  std::span<const Word> list() const { return list_; }
  operator std::span<const Word>() const { return list_; }  // NOLINT: read as the words
  std::size_t size() const { return list_.size(); }
  const Word& operator[](std::size_t i) const { return list_[i]; }
  // The index, among the tokens of its part, of the token word `i` starts at; ascending within
  // a part.
  std::span<const std::uint32_t> first_tokens() const { return first_tokens_; }
  // The words of part `p`, the p-th add_words_of since clear().
  SentenceWords part(std::size_t p) const;

 private:
  friend void add_words_of(std::span<const Token> tokens, const WordLists& lists, Words& words);
  friend void look_up_words(const WordLists& lists, Words& words);
  std::vector<Word> list_;
  FoldedText folded_;                 // every word's folded form, one after another
  std::vector<std::size_t> offsets_;  // where each word's form starts in folded_
  std::vector<std::uint32_t> first_tokens_;
  std::vector<std::size_t> part_starts_;  // the first word of each part
  std::string scratch_;                   // for fold_word, on words outside ASCII
  // The words still to look up and their hashes: all are looked up once folded, their memory
  // fetched meanwhile.
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

// words_of in two steps, for many sentences at once: add_words_of adds the words of `tokens` to
// `words` as a part of their own, folded, and asks the processor for the memory of their
// lookups; look_up_words looks up every word added since it last ran. The lookups of a document's
// sentences thus wait for memory together: a sentence's alone ended before most of its records
// had come. Views into `words` end at each add_words_of; the words are read after look_up_words.
void add_words_of(std::span<const Token> tokens, const WordLists& lists, Words& words);
void look_up_words(const WordLists& lists, Words& words);

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

// Whether a word is written in capitals: some capital letters and no small ones, as Python's
// str.isupper, which VADER asks. Letters outside ASCII count too ("È", "CITTÀ", "città"); an
// ASCII word is read without ICU.
bool is_all_caps(std::string_view word);

}  // namespace strata::sentiment
