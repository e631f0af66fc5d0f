// The entity tagger as the plugin uses it: load a model once, then tag documents.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "decoding.hpp"
#include "document_context.hpp"
#include "document_labels.hpp"
#include "features.hpp"
#include "gazetteer.hpp"
#include "model.hpp"
#include "paired_emission.hpp"
#include "word_cache.hpp"

namespace strata::entities {

// An entity found in a sentence: its tokens [first_token, last_token), its type (a view of the
// tagger's type names, valid as long as the tagger), and the confidence that it is exactly
// right, type and both ends (see ConfidenceCalibration), in 0..1.
struct TaggedSpan {
  std::size_t first_token = 0;
  std::size_t last_token = 0;
  std::string_view type;
  double confidence = 0.0;
};

// The tokens of one sentence.
using SentenceTokens = std::vector<std::string_view>;

// Buffers a thread reuses from document to document, so that tagging allocates little.
struct TaggerWorkspace {
  TokenWorkspace tokens;
  DocumentContext document;  // cleared for each document
  DecodingWorkspace decoding;
  std::vector<SentenceFeatures> features;                           // one-pass models: per sentence
  std::vector<std::vector<FeatureExtractor::LabelKey>> label_keys;  // per sentence
  std::vector<std::vector<Tag>> first_pass;                         // per sentence
  SentenceFeatures spare;
  std::vector<Tag> tags;
  // Two-pass models: the first features of the sentence being scored; only their sums stay.
  SentenceFeatures sentence_features;
  // Two-pass models: the second pass's sums over each sentence's first features, per sentence.
  std::vector<std::vector<std::int32_t>> second_sums;
  // Two-pass models: the words met so far; every token's entry, sentence s's from
  // word_starts[s]; a sentence's word hashes; each position's sums over the token features
  // around it (see describe_cached).
  WordCache words;
  std::vector<std::uint32_t> word_indices;
  std::vector<std::uint32_t> word_starts;
  std::vector<std::uint64_t> word_hashes;
  std::vector<PairedEmission::Sums> token_sums;
};

// Tags named entities with a trained model (which carries its gazetteer). Immutable
// once built: any number of threads may tag at once, each with its own workspace.
//
// A document is tagged as a whole, because features look at other sentences (how a word is
// capitalised and what surrounds it elsewhere) and, with a two-pass model, at how the first
// pass tagged the same words elsewhere.
class EntityTagger {
 public:
  explicit EntityTagger(Model model);
  EntityTagger(const EntityTagger&) = delete;
  EntityTagger& operator=(const EntityTagger&) = delete;

  // Loads a model file (see load_model for the errors).
  static std::unique_ptr<EntityTagger> load(const std::filesystem::path& model_file);

  const Model& model() const { return model_; }

  // The entities of each sentence of a document, in order, not overlapping: out[s] for
  // sentences[s]. Token views need only live through the call.
  void tag_document(std::span<const SentenceTokens> sentences, TaggerWorkspace& workspace,
                    std::vector<std::vector<TaggedSpan>>& out) const;
  // The same with buffers of its own, for a document now and then.
  std::vector<std::vector<TaggedSpan>> tag_document(
      std::span<const SentenceTokens> sentences) const;

  // Only the tags, for evaluation: `tags[s]` for sentences[s].
  void tag_document_bio(std::span<const SentenceTokens> sentences, TaggerWorkspace& workspace,
                        std::vector<std::vector<Tag>>& tags) const;

 private:
  // Leaves the final tags of sentence s in workspace.tags, its scores in workspace.decoding;
  // returns the best sequence's score. `labels` (the first pass's, across the document) count
  // only for a two-pass model.
  double decode_sentence(std::size_t s, const DocumentLabels& labels,
                         TaggerWorkspace& workspace) const;
  // Features of every sentence and, with two passes, the first pass's tags and labels.
  void prepare(std::span<const SentenceTokens> sentences, TaggerWorkspace& workspace,
               DocumentLabels& labels) const;

  Model model_;
  // Two-pass models tag from this; their Weights then keep transitions and scales only.
  std::optional<PairedEmission> paired_;
  FeatureExtractor extractor_;
};

}  // namespace strata::entities
