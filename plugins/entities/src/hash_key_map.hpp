// A map from 64-bit hashes to small values, in two flat arrays.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "binary_io.hpp"
#include "hashing.hpp"

namespace strata::entities {

// Keys that are already hashes (of names, of token sequences) and values of a few bytes: open
// addressing with linear probing finds a key in one or two cache lines, where
// std::unordered_map follows a pointer per node, and the table is two arrays that a model file
// stores as they are. Key 0 marks an empty slot, so a key of 0 is stored as kZeroKey instead
// (one more 2^-64 collision among hashes). At most half full.
template <typename Value>
class HashKeyMap {
 public:
  // The value stored under `key`, or nullptr.
  const Value* find(std::uint64_t key) const {
    if (keys_.empty()) return nullptr;
    key = stored(key);
    for (std::size_t slot = home(key);; slot = (slot + 1) & mask()) {
      if (keys_[slot] == key) return &values_[slot];
      if (keys_[slot] == 0) return nullptr;
    }
  }

  Value* find(std::uint64_t key) { return const_cast<Value*>(std::as_const(*this).find(key)); }

  // Asks the memory for where find(key) will look first, so that the lookups of several keys
  // overlap rather than wait one after the other.
  void prefetch(std::uint64_t key) const {
    if (keys_.empty()) return;
    const std::size_t slot = home(stored(key));
    __builtin_prefetch(&keys_[slot]);
    __builtin_prefetch(&values_[slot]);
  }

  // The value under `key`, value-initialized if new.
  Value& operator[](std::uint64_t key) {
    if (2 * (count_ + 1) > keys_.size()) grow();
    key = stored(key);
    std::size_t slot = home(key);
    while (keys_[slot] != key && keys_[slot] != 0) slot = (slot + 1) & mask();
    if (keys_[slot] == 0) {
      keys_[slot] = key;
      values_[slot] = Value{};
      ++count_;
    }
    return values_[slot];
  }

  std::size_t size() const { return count_; }

  // Removes every entry. Keeps the memory, so that filling the map again allocates nothing,
  // unless it was mostly empty: one large use must not make every later clear slow.
  void clear() {
    if (keys_.size() > kKeptSlots && 8 * count_ < keys_.size()) {
      *this = {};
      return;
    }
    std::fill(keys_.begin(), keys_.end(), 0);
    count_ = 0;
  }

  // Calls visit(key, value) for every entry, in slot order (the same for the same content
  // added in the same order).
  template <typename Visit>
  void for_each(Visit visit) const {
    for (std::size_t slot = 0; slot < keys_.size(); ++slot) {
      if (keys_[slot] == kZeroKey) {
        visit(std::uint64_t{0}, values_[slot]);
      } else if (keys_[slot] != 0) {
        visit(keys_[slot], values_[slot]);
      }
    }
  }

 private:
  static constexpr std::uint64_t kZeroKey = 0x9e3779b97f4a7c15ull;
  static constexpr std::size_t kKeptSlots = 4096;
  static std::uint64_t stored(std::uint64_t key) { return key == 0 ? kZeroKey : key; }
  std::size_t mask() const { return keys_.size() - 1; }
  std::size_t home(std::uint64_t key) const { return mix64(key) & mask(); }

  void grow() {
    std::vector<std::uint64_t> keys(keys_.empty() ? 16 : keys_.size() * 2, 0);
    std::vector<Value> values(keys.size());
    std::swap(keys, keys_);
    std::swap(values, values_);
    count_ = 0;
    for (std::size_t slot = 0; slot < keys.size(); ++slot) {
      if (keys[slot] != 0) (*this)[keys[slot]] = values[slot];
    }
  }

  std::vector<std::uint64_t> keys_;
  std::vector<Value> values_;
  std::size_t count_ = 0;
};

// Writes a map for a model file: a u32 count, then (u64 key, varint value) pairs in increasing
// key order, so that the same content always makes the same bytes.
template <typename Value>
void save_map(const HashKeyMap<Value>& map, ByteWriter& out) {
  std::vector<std::pair<std::uint64_t, std::uint64_t>> entries;
  map.for_each([&](std::uint64_t key, Value value) { entries.emplace_back(key, value); });
  std::sort(entries.begin(), entries.end());
  out.u32(static_cast<std::uint32_t>(entries.size()));
  for (const auto& [key, value] : entries) {
    out.u64(key);
    out.varint(value);
  }
}

// Reads what save_map wrote, handing each entry to accept(key, value), which checks the value
// (in.fail() for an impossible one) and stores it.
template <typename Accept>
void read_map(ByteReader& in, Accept accept) {
  for (std::uint32_t n = in.u32(); n > 0; --n) {
    const std::uint64_t key = in.u64();
    accept(key, in.varint());
  }
}

}  // namespace strata::entities
