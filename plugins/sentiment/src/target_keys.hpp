// The keys that group a document's mentions into targets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace strata::sentiment {

// Each target's key ("PER\tputin") and its number, the order in which it was first added. Keys
// are kept one after another in one string and found by their hash in an open-addressed table:
// no string or node is allocated per key, and clear() keeps the memory for the next document.
class TargetKeys {
 public:
  void clear();
  std::size_t size() const { return ends_.size(); }
  // The number of `key`; a new key gets the next number, size() before the call. There are
  // fewer keys than a layer has annotations, so a number and one more fit in 32 bits.
  std::size_t find_or_add(std::string_view key);

 private:
  static std::uint32_t hash_of(std::string_view key);
  std::string_view key(std::size_t number) const;
  void place(std::uint64_t slot);  // in a free slot; the table has one

  std::string keys_;               // every key, one after another
  std::vector<std::size_t> ends_;  // where each key ends in keys_
  // A power-of-2 number of slots, at most half full, each the key's hash in the high 32 bits
  // and its number + 1 in the low ones (0: empty).
  std::vector<std::uint64_t> slots_;
};

}  // namespace strata::sentiment
