// A small memo of the words a thread met last: their folded form and entry.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "word_lists.hpp"

namespace strata::sentiment {

// Token text to its folded form and its entry in one WordLists. The lists hold tens of
// thousands of words (megabytes, out of the cache), while a text repeats a few hundred
// ("the", "di", "and") most of the time: this table of recent words is small enough to stay in
// the processor's cache and spares those words the folding and the lookup. Direct-mapped: a
// word replaces the one in its slot. Words too long for a slot are folded and looked up each
// time.
class WordCache {
 public:
  // One word as read, valid until the next call.
  struct Entry {
    std::string_view folded;
    // nullptr when the lists do not know the word; else their entry or a copy of it, held in
    // the cache where it is quicker to reach
    const WordEntry* entry;
  };

  // A cache for `lists`, empty: bound to its version, so that it is not used once the lists
  // change (see for_lists).
  explicit WordCache(const WordLists& lists);

  Entry lookup(std::string_view text);
  const WordLists& lists() const { return *lists_; }
  std::uint64_t version() const { return version_; }

  // The calling thread's cache for `lists`, kept across documents; a thread keeps one per
  // language it meets (two), and starts one afresh when the lists changed.
  static WordCache& for_lists(const WordLists& lists);

 private:
  static constexpr std::size_t kSlots = 2048;
  static constexpr std::size_t kLongest = 20;  // bytes of a word a slot holds, and of its fold
  // 64 bytes, one cache line.
  struct Slot {
    std::uint32_t hash = 0;
    std::uint8_t text_size = 0;  // 0: empty
    std::uint8_t folded_size = 0;
    bool known = false;  // whether the lists have the word
    std::array<char, kLongest> text{};
    std::array<char, kLongest> folded{};
    WordEntry entry;
  };
  static_assert(sizeof(Slot) == 64);

  const WordLists* lists_;
  std::uint64_t version_;
  std::vector<Slot> slots_;
  std::string buffer_;  // for fold_word
};

}  // namespace strata::sentiment
