// A set of words compared without regard to case.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "short_key.hpp"

namespace strata::tokens {

// Function words of a language (articles, prepositions, pronouns...), used to detect the
// language and to tell a new sentence from a name after an abbreviation. Read-only once built.
// Each word carries tags, bits the owner gives meaning to (the language detector: which
// languages have the word), so that one lookup answers for several lists.
//
// The language detector asks about every word of a document, so lookups are the hot path: the
// words sit in an open-addressing table of power-of-two size (a mask, not a division, picks the
// slot), half full at most so that most unlisted words soon meet an empty slot, and
// short ASCII words are folded and compared as ShortKeys, in registers.
class WordList {
 public:
  using Tags = std::uint8_t;
  static constexpr Tags kListed = 1;  // the tag of words added without one

  WordList() = default;
  explicit WordList(const std::vector<std::string>& words);

  // Adds `word` with `tags`, to any it has already.
  void add(std::string_view word, Tags tags = kListed);
  // Adds the words of `other` with their tags, or all with `tags` when given.
  void add_all(const WordList& other);
  void add_all(const WordList& other, Tags tags);

  // Whether the case-folded `word` is in the list.
  bool contains(std::string_view word) const { return tags(word) != 0; }
  // The tags of the case-folded `word`; 0 when it is not in the list.
  Tags tags(std::string_view word) const;
  std::size_t size() const { return words_.size(); }
  // The case-folded words, each once.
  const std::vector<std::string>& words() const { return words_; }

 private:
  // What the table compares and gives: the word's key and tags.
  struct Entry {
    ShortKey key;
    Tags tags;
  };

  // Where the word `folded`, whose key is `key`, is in slots_, or the empty slot where it would
  // go.
  std::size_t slot_of(const ShortKey& key, std::string_view folded) const;
  Tags tags_of_folded(const ShortKey& key, std::string_view folded) const;
  void add_folded(std::string folded, Tags tags);

  std::vector<Entry> entries_;        // each word once
  std::vector<std::string> words_;    // the case-folded words, by index in entries_
  std::vector<std::uint32_t> slots_;  // 1 + an index in entries_, or 0 for an empty slot
  // A quick no, before the table, for most words that are not listed (about half of the words
  // of a text): a bit per listed word, from the high bits of its hash, which the slot does not
  // use. Small enough to stay in the nearest cache while the text goes through, unlike the table.
  static constexpr int kFilterBitsLog2 = 12;
  static std::size_t filter_bit(const ShortKey& key);
  std::bitset<std::size_t{1} << kFilterBitsLog2> may_have_;
};

}  // namespace strata::tokens
