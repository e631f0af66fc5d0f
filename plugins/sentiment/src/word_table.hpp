// A compact hash table from words to their entries, for lookups on every word of a text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "word_entry.hpp"

namespace strata::sentiment {

// Words and their entries in flat arrays with open addressing: a lookup reads one 8-byte slot
// (part of the hash and an index) and compares the key only when the hash matches, where a
// node-based map misses the cache on buckets and nodes. Most words of a text are not in it, so
// most lookups end at an empty slot or a hash mismatch; most of those end sooner, at a bit of a
// filter small enough to stay in the processor's cache where the slots do not (a megabyte for
// the Italian lexicon).
class WordTable {
 public:
  // The entry of `word`, added empty if absent. References stay valid until the next call.
  WordEntry& operator[](std::string_view word);
  const WordEntry* find(std::string_view word) const;
  std::size_t size() const { return keys_.size(); }

 private:
  static std::uint64_t hash(std::string_view word);
  // The slot where `word` is or would go.
  std::size_t slot_of(std::string_view word, std::uint64_t h) const;
  void grow();
  // The filter's word and bit for hash `h`.
  std::size_t filter_word(std::uint64_t h) const { return ((h >> 32) / 64) & (filter_.size() - 1); }
  static std::uint64_t filter_bit(std::uint64_t h) { return std::uint64_t{1} << ((h >> 32) % 64); }

  std::vector<std::string> keys_;
  std::vector<WordEntry> entries_;
  std::vector<std::uint64_t> slots_;  // 0 empty, else (hash high 32 bits, index + 1)
  // Four bits per slot, one chosen by the hash's high bits: set for every word in the table, so a
  // clear bit says a word is absent.
  std::vector<std::uint64_t> filter_;
};

}  // namespace strata::sentiment
