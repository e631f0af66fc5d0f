// Feature extraction: each token of a sentence becomes a list of hashed feature buckets.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "document_context.hpp"
#include "document_labels.hpp"
#include "gazetteer.hpp"
#include "sentence_features.hpp"
#include "token_info.hpp"

namespace strata::entities {

// Turns sentences into features (see Template for the families). Features are hashed straight
// into 2^bucket_bits buckets, with no dictionary: the model is a table of weights per bucket,
// and nothing is allocated per feature. Read-only, so one extractor serves many threads, each
// with its own TokenWorkspace.
class FeatureExtractor {
 public:
  static constexpr unsigned kMinBucketBits = 10;
  static constexpr unsigned kMaxBucketBits = 28;

  // Throws Error if bucket_bits is outside [kMinBucketBits, kMaxBucketBits]. The gazetteer
  // must outlive the extractor.
  FeatureExtractor(const Gazetteer& gazetteer, unsigned bucket_bits);

  unsigned bucket_bits() const { return bucket_bits_; }
  const Gazetteer& gazetteer() const { return *gazetteer_; }

  // The first pass's features of a sentence; leaves the tokens' descriptions in workspace.
  void extract(std::span<const std::string_view> tokens, const DocumentContext& document,
               TokenWorkspace& workspace, SentenceFeatures& out) const;

  // extract()'s features in two parts, for a tagger that sums the first part's weights once
  // per word. The first: those that the token `offset` tokens away from a position (0: the
  // position's own; kFirstOffset..kLastOffset) gives it, which depend on that token's text and
  // the offset alone; appended to `out`. Beyond the sentence's ends, the tokens are
  // before_sentence() and after_sentence(). The second: all the others of a sentence that
  // complete_description() left in `workspace`.
  static constexpr int kFirstOffset = -3;
  static constexpr int kLastOffset = 2;
  void token_features(const TokenInfo& token, int offset, std::vector<std::uint32_t>& out) const;
  void context_features(const TokenWorkspace& workspace, SentenceFeatures& out) const;
  static const TokenInfo& before_sentence();
  static const TokenInfo& after_sentence();

  // Adds the second pass's features to the first pass's `features` of a sentence described by
  // `tokens` (as extract() left them in its workspace): how the first pass tagged this
  // sentence, `first_pass`, and the same words across the document, `labels`. `spare` is a
  // buffer to reuse.
  void add_label_features(std::span<const TokenInfo> tokens, std::span<const Tag> first_pass,
                          const DocumentLabels& labels, SentenceFeatures& spare,
                          SentenceFeatures& features) const;
  // What the label features read of a token: kept for the second pass instead of the whole
  // TokenInfo, which would hold 128 bytes a token of a document until its end.
  struct LabelKey {
    std::uint64_t word = 0;  // TokenInfo::word
    bool capitalised = false;
  };
  static void append_label_keys(std::span<const TokenInfo> tokens, std::vector<LabelKey>& out);
  // Only those label features, token by token, into `out`: for a tagger that has the sums of
  // the others already (PairedEmission).
  void label_features_only(std::span<const LabelKey> tokens, std::span<const Tag> first_pass,
                           const DocumentLabels& labels, SentenceFeatures& out) const;

 private:
  // The label features of each token into `out`, after a copy of its features in `own` if
  // given.
  void emit_labels(std::span<const LabelKey> tokens, std::span<const Tag> first_pass,
                   const DocumentLabels& labels, const SentenceFeatures* own,
                   SentenceFeatures& out) const;

  const Gazetteer* gazetteer_;
  unsigned bucket_bits_;
};

}  // namespace strata::entities
