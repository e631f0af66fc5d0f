// Words by their exact text, each numbered in the order it first came: the index behind the
// taggers' and the lists' caches of what a word's text alone says.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hash_key_map.hpp"
#include "hashing.hpp"

namespace strata::entities {

// Numbers words 0, 1, 2... as they are added; a cache keeps its entry of word k at k. Found by
// a 64-bit hash of the text, then the text compared, so that a hash shared by two words never
// gives one the other's entry.
class WordIndex {
 public:
  // The key of a word, for prefetch() and get().
  static std::uint64_t key(std::string_view word) { return hash_string(word); }
  // Asks the memory early for where get() will look for the key.
  void prefetch(std::uint64_t key) const { index_.prefetch(key); }
  // After prefetch(key): asks early for the text get() will compare, and returns the number
  // get() will check, or nullptr if no word has the key.
  const std::uint32_t* prefetch_word(std::uint64_t key) const {
    const std::uint32_t* found = index_.find(key);
    if (found != nullptr) __builtin_prefetch(text_.data() + starts_[*found]);
    return found;
  }

  // The number of `word` (whose key() is `key`); a new word gets size() after add(word) has
  // made its entry.
  template <typename Add>
  std::uint32_t get(std::string_view word, std::uint64_t key, Add add) {
    const std::uint32_t* found = index_.find(key);
    if (found != nullptr && text(*found) == word) return *found;
    const auto number = static_cast<std::uint32_t>(starts_.size());
    add(word);
    // Another word with the same 64-bit hash keeps its number, but is found again only until
    // clear(): the first word keeps the key.
    if (found == nullptr) index_[key] = number;
    starts_.push_back(text_.size());
    text_.append(word);
    return number;
  }

  std::size_t size() const { return starts_.size(); }
  std::size_t text_bytes() const { return text_.size(); }
  void clear() {
    index_.clear();
    text_.clear();
    starts_.clear();
  }

 private:
  std::string_view text(std::uint32_t number) const {
    const std::size_t end = number + 1 < starts_.size() ? starts_[number + 1] : text_.size();
    return std::string_view(text_).substr(starts_[number], end - starts_[number]);
  }

  HashKeyMap<std::uint32_t> index_;  // key(word) → its number
  std::string text_;                 // the words, back to back
  std::vector<std::size_t> starts_;  // where each word starts in text_
};

}  // namespace strata::entities
