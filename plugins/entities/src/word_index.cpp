#include "word_index.hpp"

#include <algorithm>

namespace strata::entities {

void WordIndex::clear() {
  std::fill(slots_.begin(), slots_.end(), Slot{});
  used_ = 0;
  count_ = 0;
  text_.clear();
}

void WordIndex::insert(Slot slot) {
  if (2 * (used_ + 1) > slots_.size()) grow();
  slot.key = stored(slot.key);
  std::size_t at = home(slot.key);
  while (slots_[at].key != 0) at = (at + 1) & (slots_.size() - 1);
  slots_[at] = slot;
  ++used_;
}

void WordIndex::grow() {
  std::vector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2);
  std::swap(old, slots_);
  used_ = 0;
  for (const Slot& slot : old) {
    if (slot.key != 0) insert(slot);
  }
}

}  // namespace strata::entities
