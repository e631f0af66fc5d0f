// Words by their exact text, each numbered in the order it first came: the index behind the
// taggers' and the lists' caches of what a word's text alone says.
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "hashing.hpp"

namespace strata::entities {

// Numbers words 0, 1, 2... as they are added; a cache keeps its entry of word k at k. Found by
// a 64-bit hash of the text, then the text compared, so that a hash shared by two words never
// gives one the other's entry. Open addressing over slots that hold the hash, the number, the
// first 8 bytes of the text and where the rest is, so that finding a word of up to 8 bytes (most
// of them) reads one slot and nothing else: these lookups come once per token, in tables larger
// than the processor's caches, and each separate array read (keys, numbers, text offsets, the
// text) was one more wait on the memory. At most half full.
class WordIndex {
 public:
  // The key of a word, for prefetch() and get().
  static std::uint64_t key(std::string_view word) { return hash_string(word); }
  // Asks the memory early for where get() will look for the key.
  void prefetch(std::uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[home(key)]);
  }
  // After prefetch(key): asks early for the text get() will compare past the slot's, and
  // returns the number get() will check, or nullptr if no word has the key.
  const std::uint32_t* prefetch_word(std::uint64_t key) const {
    const Slot* slot = find(key);
    if (slot == nullptr) return nullptr;
    if (slot->size > kHeadSize) __builtin_prefetch(text_.data() + slot->start + kHeadSize);
    return &slot->number;
  }

  // The number of `word` (whose key() is `key`); a new word gets size() after add(word) has
  // made its entry.
  template <typename Add>
  std::uint32_t get(std::string_view word, std::uint64_t key, Add add) {
    const Slot* found = find(key);
    if (found != nullptr && holds(*found, word)) return found->number;
    const auto number = static_cast<std::uint32_t>(count_);
    add(word);
    // Another word with the same 64-bit hash gets a number of its own, but is found again only
    // until clear(): the first word keeps the key.
    if (found == nullptr && word.size() <= kMaxSize) {
      insert({key, head(word), text_.size(), number, static_cast<std::uint32_t>(word.size())});
    }
    text_.append(word);
    ++count_;
    return number;
  }

  std::size_t size() const { return count_; }
  std::size_t text_bytes() const { return text_.size(); }
  // Forgets every word; keeps the memory for the next ones.
  void clear();

 private:
  // A word longer than this is numbered each time it comes (none is so long in text).
  static constexpr std::size_t kMaxSize = std::numeric_limits<std::uint32_t>::max();
  static constexpr std::size_t kHeadSize = 8;
  struct Slot {
    std::uint64_t key = 0;   // 0: empty (a key of 0 is stored as kZeroKey)
    std::uint64_t head = 0;  // head() of the word
    std::size_t start = 0;   // of the word in text_
    std::uint32_t number = 0;
    std::uint32_t size = 0;
  };
  static constexpr std::uint64_t kZeroKey = 0x9e3779b97f4a7c15ull;
  static std::uint64_t stored(std::uint64_t key) { return key == 0 ? kZeroKey : key; }
  std::size_t home(std::uint64_t key) const { return mix64(stored(key)) & (slots_.size() - 1); }

  const Slot* find(std::uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t wanted = stored(key);
    for (std::size_t at = home(key);; at = (at + 1) & (slots_.size() - 1)) {
      if (slots_[at].key == wanted) return &slots_[at];
      if (slots_[at].key == 0) return nullptr;
    }
  }
  // A word's first kHeadSize bytes, zeros after a shorter word's end.
  static std::uint64_t head(std::string_view word) {
    std::uint64_t bytes = 0;
    if (word.size() >= kHeadSize) {
      std::memcpy(&bytes, word.data(), kHeadSize);
    } else {
      for (std::size_t i = 0; i < word.size(); ++i) {
        bytes |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
      }
    }
    return bytes;
  }
  // Whether the slot is that of `word`: the size and the head first, which settle most words.
  bool holds(const Slot& slot, std::string_view word) const {
    if (slot.size != word.size() || slot.head != head(word)) return false;
    return word.size() <= kHeadSize ||
           std::string_view(text_).substr(slot.start + kHeadSize, slot.size - kHeadSize) ==
               word.substr(kHeadSize);
  }
  // Puts a slot for a key not held yet.
  void insert(Slot slot);
  void grow();

  std::vector<Slot> slots_;
  std::size_t used_ = 0;   // slots in use
  std::size_t count_ = 0;  // words numbered
  std::string text_;       // the words, back to back
};

}  // namespace strata::entities
