#include "word_cache.hpp"

namespace strata::entities {

void WordCache::prepare(const void* owner) {
  if (owner == owner_ && entries_.size() < kMaxWords && text_.size() < kMaxText) return;
  owner_ = owner;
  index_.clear();
  entries_.clear();
  text_.clear();
  starts_.clear();
}

}  // namespace strata::entities
