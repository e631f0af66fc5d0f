// The weights of a trained tagger, quantized, and the scoring of sentences with them.
#pragma once

#include <cstdint>
#include <vector>

#include "features.hpp"
#include "lattice.hpp"

namespace strata::entities {

// A row of 16-bit weights per feature bucket (one weight per tag, the row padded to `stride`
// so that rows are aligned and the sums vectorize), times `scale`; transitions in full
// precision. Quantizing halves the memory of float weights and, since the trainer quantizes
// before it evaluates and a model file stores exactly these integers, a loaded model tags
// exactly as the trained one did.
struct Weights {
  unsigned bucket_bits = 0;
  std::size_t tags = 0;
  std::size_t stride = 0;
  float scale = 1.0f;
  std::vector<std::int16_t> emission;  // [bucket * stride + tag]
  TransitionScores transitions;

  // Zero weights for `tags` tags over 2^bucket_bits buckets.
  static Weights zero(std::size_t tags, unsigned bucket_bits);
  // The same with an empty emission table, for rows kept elsewhere (Model::paired_rows).
  static Weights without_rows(std::size_t tags, unsigned bucket_bits);
  static std::size_t stride_for(std::size_t tags) { return tags <= 8 ? 8 : tags <= 16 ? 16 : 32; }
  std::size_t bucket_count() const { return std::size_t{1} << bucket_bits; }

  // The lattice of a sentence: each token's tag scores are the sums of its features' rows.
  void score(const SentenceFeatures& features, Lattice& lattice) const;
};

}  // namespace strata::entities
