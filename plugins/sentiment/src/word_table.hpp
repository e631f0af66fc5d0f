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
// most lookups end at an empty slot or a hash mismatch.
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

  std::vector<std::string> keys_;
  std::vector<WordEntry> entries_;
  std::vector<std::uint64_t> slots_;  // 0 empty, else (hash high 32 bits, index + 1)
};

}  // namespace strata::sentiment
