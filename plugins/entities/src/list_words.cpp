#include "list_words.hpp"

namespace strata::entities {

void ListWordCache::prepare(std::uint64_t owner) {
  if (owner == owner_ && entries_.size() < kMaxWords && words_.text_bytes() < kMaxText) return;
  owner_ = owner;
  words_.clear();
  entries_.clear();
}

}  // namespace strata::entities
