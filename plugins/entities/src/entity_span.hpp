// Entities as token ranges, and the conversion from BIO tags to them.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "tag_set.hpp"

namespace strata::entities {

// An entity over the tokens [first, last) of a sentence; `type` indexes the TagSet's types.
struct EntitySpan {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t type = 0;
  friend bool operator==(const EntitySpan&, const EntitySpan&) = default;
};

// The entities that a valid BIO sequence marks, in order. An I-X that does not continue an
// X entity starts a new one, so that any sequence reads the way conll_reader repairs it.
std::vector<EntitySpan> entity_spans(std::span<const Tag> tags);

}  // namespace strata::entities
