#include "target_keys.hpp"

#include <algorithm>
#include <functional>

namespace strata::sentiment {

std::uint32_t TargetKeys::hash_of(std::string_view key) {
  return static_cast<std::uint32_t>(std::hash<std::string_view>()(key));
}

void TargetKeys::clear() {
  // Only the slots in use are emptied: the table stays as large as the largest document's, and
  // filling all of it would cost every document after that one.
  if (!slots_.empty()) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t number = 0; number < ends_.size(); ++number) {
      const std::uint64_t mine = number + 1;
      // Not stopped by an empty slot: those emptied already may sit in this key's probe.
      std::size_t at = hash_of(key(number)) & mask;
      while ((slots_[at] & 0xFFFFFFFFu) != mine) at = (at + 1) & mask;
      slots_[at] = 0;
    }
  }
  keys_.clear();
  ends_.clear();
}

std::string_view TargetKeys::key(std::size_t number) const {
  const std::size_t begin = number == 0 ? 0 : ends_[number - 1];
  return std::string_view(keys_).substr(begin, ends_[number] - begin);
}

void TargetKeys::place(std::uint64_t slot) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = (slot >> 32) & mask;
  while (slots_[at] != 0) at = (at + 1) & mask;
  slots_[at] = slot;
}

std::size_t TargetKeys::find_or_add(std::string_view key) {
  const std::uint32_t hash = hash_of(key);
  if (!slots_.empty()) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask; slots_[at] != 0; at = (at + 1) & mask) {
      const std::size_t number = static_cast<std::uint32_t>(slots_[at]) - 1;
      if (slots_[at] >> 32 == hash && this->key(number) == key) return number;
    }
  }
  const std::size_t number = ends_.size();
  if (2 * (number + 1) > slots_.size()) {
    std::vector<std::uint64_t> old(std::max<std::size_t>(64, 2 * slots_.size()), 0);
    old.swap(slots_);
    for (const std::uint64_t slot : old) {
      if (slot != 0) place(slot);
    }
  }
  // Both grown before the key is placed, the second undone if it fails: a key is in all three or
  // in none.
  ends_.push_back(keys_.size() + key.size());
  try {
    keys_ += key;
  } catch (...) {
    ends_.pop_back();
    throw;
  }
  place(std::uint64_t{hash} << 32 | (number + 1));
  return number;
}

}  // namespace strata::sentiment
