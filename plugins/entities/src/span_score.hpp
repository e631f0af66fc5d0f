// How well predicted entity tags match gold ones, for the trainer to choose an epoch.
#pragma once

#include <cstddef>
#include <span>

#include "tag_set.hpp"

namespace strata::entities {

// Exact-span micro F1 over sentences: a predicted entity is right only if a gold entity has
// its type and both its ends. (Scores of annotated documents, per label and token-level, are
// `strata eval`'s.)
class SpanScore {
 public:
  void add(std::span<const Tag> gold, std::span<const Tag> predicted);

  std::size_t right() const { return right_; }
  std::size_t predicted() const { return predicted_; }
  std::size_t gold() const { return gold_; }
  // 0 when there is nothing to find and nothing found.
  double f1() const;

 private:
  std::size_t right_ = 0;
  std::size_t predicted_ = 0;
  std::size_t gold_ = 0;
};

}  // namespace strata::entities
