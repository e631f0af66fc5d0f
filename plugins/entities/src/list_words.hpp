// What the name lists read of a word's text, remembered by a thread for the words it meets.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "gazetteer.hpp"
#include "word_index.hpp"
#include "word_shape.hpp"

namespace strata::entities {

// A word as the lists match it: its capitalisation, its key in the gazetteers and the names of
// the shipped lists it starts. Pure functions of the word's text and the lists.
struct ListWord {
  GazetteerToken key{};
  NameStarts shipped;
  Capitalization capitalization = Capitalization::none;
};

// The ListWord of each word met, by its exact text: running text repeats most of its words,
// and without a tagger every token is shaped, folded, hashed and looked up in the lists for
// its sentence, and folded again for the document's context. Bounded like WordCache: it
// forgets everything, between documents, once it holds kMaxWords words, and when other lists
// use it.
class ListWordCache {
 public:
  static constexpr std::size_t kMaxWords = std::size_t{1} << 16;
  static constexpr std::size_t kMaxText = std::size_t{1} << 22;  // bytes of words kept

  // Call before each document: forgets every word if `owner` (NameLists::id() of the lists)
  // is not the one that filled the cache or the cache is full.
  void prepare(std::uint64_t owner);

  // The key of a word, for prefetch() and get().
  static std::uint64_t key(std::string_view word) { return WordIndex::key(word); }
  // Asks the memory early for where get() will look for the key.
  void prefetch(std::uint64_t key) const { words_.prefetch(key); }
  // After prefetch(key): asks early for the word get() will compare and its entry, if held.
  void prefetch_word(std::uint64_t key) const {
    if (const std::uint32_t* found = words_.prefetch_word(key)) {
      __builtin_prefetch(&entries_[*found]);
    }
  }

  // The number of the entry of `word` (whose key() is `key`), made by describe(word) when the
  // cache does not hold it yet; valid until the next prepare().
  template <typename Describe>
  std::uint32_t get(std::string_view word, std::uint64_t key, Describe describe) {
    return words_.get(word, key,
                      [&](std::string_view text) { entries_.push_back(describe(text)); });
  }
  const ListWord& entry(std::uint32_t number) const { return entries_[number]; }
  std::size_t size() const { return entries_.size(); }

 private:
  std::uint64_t owner_ = 0;
  WordIndex words_;  // entries_[k] is the entry of word k
  std::vector<ListWord> entries_;
};

}  // namespace strata::entities
