// The emission weights of a two-pass model read together, for tagging.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "features.hpp"
#include "huge_page_allocator.hpp"
#include "lattice.hpp"
#include "weights.hpp"

namespace strata::entities {

// The two passes' emission rows side by side, bucket by bucket: the first pass's tags, then the
// second's, in one 32-byte row. The second pass sees every feature of the first (and a few
// about the first pass's labels), and rows are read from memory in no order, so reading both
// passes' weights of a feature at once, while the first pass scores, halves what tagging reads
// from the table. Sums are exact integers, so tags and scores are those of two separate passes.
class PairedEmission {
 public:
  static constexpr std::size_t kTags = 8;  // per pass; models have 2 * types + 1 tags
  static constexpr std::size_t kRow = 2 * kTags;
  // Both passes' sums over some features: the first's tags, then the second's.
  using Sums = std::array<std::int32_t, kRow>;

  // Throws Error if the passes differ in buckets or have more than kTags tags.
  PairedEmission(const Weights& first, const Weights& second);
  // The same from rows already side by side (Model::paired_rows, `first` and `second` giving
  // only tags, scales and buckets); throws Error if there are not kRow per bucket.
  PairedEmission(const Weights& first, const Weights& second, HugePageVector<std::int16_t> rows);

  // The first pass's lattice of a sentence, and the second pass's sums over the same features
  // (kTags a token), which score_second completes. Token i's sums start from base[i] when
  // `base` is given: the sums of features it has besides `features` (see sum_rows).
  void score_first(const SentenceFeatures& features, Lattice& lattice,
                   std::vector<std::int32_t>& second_sums, std::span<const Sums> base = {}) const;
  // Tells tables apart for caches of sums (WordCache): unique to this object and its copies.
  std::uint64_t id() const { return id_; }
  // Asks the memory early for a bucket's row, before sum_rows reads it.
  void prefetch(std::uint32_t bucket) const {
    __builtin_prefetch(rows_.data() + std::size_t{bucket} * kRow);
  }
  // Both passes' sums of the rows of `buckets`.
  Sums sum_rows(std::span<const std::uint32_t> buckets) const;
  // The second pass's lattice: `second_sums` from score_first plus the rows of each token's
  // label features.
  void score_second(const std::vector<std::int32_t>& second_sums,
                    const SentenceFeatures& label_features, Lattice& lattice) const;

 private:
  std::size_t first_tags_;
  std::size_t second_tags_;
  float first_scale_;
  float second_scale_;
  std::uint64_t id_;
  HugePageVector<std::int16_t> rows_;  // [bucket * 2 * kTags + pass * kTags + tag]
};

}  // namespace strata::entities
