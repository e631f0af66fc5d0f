#include "paired_emission.hpp"

#include <array>
#include <atomic>
#include <string>
#include <utility>

#include "strata/error.hpp"

namespace strata::entities {
namespace {

// Rows are read in no order from a table larger than the caches: ask for them early.
constexpr std::size_t kPrefetchDistance = 32;
// PairedEmission::id() of the next table built; 0 is no table's.
std::atomic<std::uint64_t> next_id{1};

}  // namespace

PairedEmission::PairedEmission(const Weights& first, const Weights& second,
                               HugePageVector<std::int16_t> rows)
    : first_tags_(first.tags),
      second_tags_(second.tags),
      first_scale_(first.scale),
      second_scale_(second.scale),
      id_(next_id++),
      rows_(std::move(rows)) {
  if (first.bucket_bits != second.bucket_bits || first.tags > kTags || second.tags > kTags) {
    throw Error("the two passes of a model differ in feature buckets or have too many tags");
  }
  if (rows_.size() != first.bucket_count() * kRow) {
    throw Error("paired emission rows: " + std::to_string(rows_.size()) + " weights for " +
                std::to_string(first.bucket_count()) + " buckets");
  }
}

PairedEmission::PairedEmission(const Weights& first, const Weights& second)
    : PairedEmission(first, second, HugePageVector<std::int16_t>(first.bucket_count() * kRow, 0)) {
  for (std::size_t b = 0; b < first.bucket_count(); ++b) {
    for (std::size_t t = 0; t < first.tags; ++t) {
      rows_[b * kRow + t] = first.emission[b * first.stride + t];
    }
    for (std::size_t t = 0; t < second.tags; ++t) {
      rows_[b * kRow + kTags + t] = second.emission[b * second.stride + t];
    }
  }
}

void PairedEmission::score_first(const SentenceFeatures& features, Lattice& lattice,
                                 std::vector<std::int32_t>& second_sums,
                                 std::span<const Sums> base) const {
  const std::size_t n = features.size();
  if (!base.empty() && base.size() != n) {
    throw Error("score_first: " + std::to_string(base.size()) + " base sums for " +
                std::to_string(n) + " tokens");
  }
  lattice.reset(n, first_tags_);
  second_sums.assign(n * kTags, 0);
  const std::span<const std::uint32_t> all = features.buckets;
  for (std::size_t i = 0; i < n; ++i) {
    Sums acc{};
    if (!base.empty()) acc = base[i];
    for (std::size_t k = features.starts[i]; k < features.starts[i + 1]; ++k) {
      if (k + kPrefetchDistance < all.size()) {
        __builtin_prefetch(rows_.data() + std::size_t{all[k + kPrefetchDistance]} * kRow);
      }
      const std::int16_t* row = rows_.data() + std::size_t{all[k]} * kRow;
      for (std::size_t t = 0; t < kRow; ++t) acc[t] += row[t];
    }
    double* scores = lattice.row(i);
    for (std::size_t t = 0; t < first_tags_; ++t)
      scores[t] = static_cast<double>(acc[t]) * first_scale_;
    for (std::size_t t = 0; t < kTags; ++t) second_sums[i * kTags + t] = acc[kTags + t];
  }
}

PairedEmission::Sums PairedEmission::sum_rows(std::span<const std::uint32_t> buckets) const {
  Sums acc{};
  for (const std::uint32_t bucket : buckets) {
    const std::int16_t* row = rows_.data() + std::size_t{bucket} * kRow;
    for (std::size_t t = 0; t < kRow; ++t) acc[t] += row[t];
  }
  return acc;
}

void PairedEmission::score_second(const std::vector<std::int32_t>& second_sums,
                                  const SentenceFeatures& label_features, Lattice& lattice) const {
  const std::size_t n = label_features.size();
  lattice.reset(n, second_tags_);
  for (std::size_t i = 0; i < n; ++i) {
    std::array<std::int32_t, kTags> acc{};
    for (std::size_t t = 0; t < kTags; ++t) acc[t] = second_sums[i * kTags + t];
    for (const std::uint32_t bucket : label_features.at(i)) {
      const std::int16_t* row = rows_.data() + std::size_t{bucket} * kRow + kTags;
      for (std::size_t t = 0; t < kTags; ++t) acc[t] += row[t];
    }
    double* scores = lattice.row(i);
    for (std::size_t t = 0; t < second_tags_; ++t) {
      scores[t] = static_cast<double>(acc[t]) * second_scale_;
    }
  }
}

}  // namespace strata::entities
