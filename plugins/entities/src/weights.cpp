#include "weights.hpp"

#include <array>

namespace strata::entities {
namespace {

// How many rows ahead to prefetch: the table is larger than the caches and rows are read in
// no order, so each read would wait on memory; asking early lets the reads overlap.
constexpr std::size_t kPrefetchDistance = 16;

// Sums the rows of buckets [begin, end) of `all` into `sums`; the stride is a constant so the
// loop vectorizes.
template <std::size_t Stride>
void add_rows(const std::int16_t* table, std::span<const std::uint32_t> all, std::size_t begin,
              std::size_t end, std::int32_t* sums) {
  std::array<std::int32_t, Stride> acc{};
  for (std::size_t k = begin; k < end; ++k) {
    if (k + kPrefetchDistance < all.size()) {
      __builtin_prefetch(table + std::size_t{all[k + kPrefetchDistance]} * Stride);
    }
    const std::int16_t* row = table + std::size_t{all[k]} * Stride;
    for (std::size_t t = 0; t < Stride; ++t) acc[t] += row[t];
  }
  for (std::size_t t = 0; t < Stride; ++t) sums[t] = acc[t];
}

}  // namespace

Weights Weights::zero(std::size_t tags, unsigned bucket_bits) {
  Weights weights = without_rows(tags, bucket_bits);
  weights.emission.assign((std::size_t{1} << bucket_bits) * weights.stride, 0);
  return weights;
}

Weights Weights::without_rows(std::size_t tags, unsigned bucket_bits) {
  Weights weights;
  weights.bucket_bits = bucket_bits;
  weights.tags = tags;
  weights.stride = stride_for(tags);
  weights.transitions = TransitionScores(tags);
  return weights;
}

void Weights::score(const SentenceFeatures& features, Lattice& lattice) const {
  const std::size_t n = features.size();
  lattice.reset(n, tags);
  std::array<std::int32_t, 32> sums{};
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t begin = features.starts[i];
    const std::size_t end = features.starts[i + 1];
    switch (stride) {
      case 8:
        add_rows<8>(emission.data(), features.buckets, begin, end, sums.data());
        break;
      case 16:
        add_rows<16>(emission.data(), features.buckets, begin, end, sums.data());
        break;
      default:
        add_rows<32>(emission.data(), features.buckets, begin, end, sums.data());
        break;
    }
    double* row = lattice.row(i);
    for (std::size_t t = 0; t < tags; ++t) row[t] = static_cast<double>(sums[t]) * scale;
  }
}

}  // namespace strata::entities
