// The features of one sentence, as hashed bucket numbers per token.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace strata::entities {

// Token i has buckets[starts[i] .. starts[i + 1]); flat, so a sentence is two allocations
// that are reused from sentence to sentence.
struct SentenceFeatures {
  std::vector<std::uint32_t> buckets;
  std::vector<std::uint32_t> starts;

  std::size_t size() const { return starts.empty() ? 0 : starts.size() - 1; }
  std::span<const std::uint32_t> at(std::size_t i) const {
    return std::span(buckets).subspan(starts[i], starts[i + 1] - starts[i]);
  }
  void clear() {
    buckets.clear();
    starts.clear();
  }
};

}  // namespace strata::entities
