#include "entity_tagger.hpp"

#include <utility>

#include "model_file.hpp"

namespace strata::entities {

EntityTagger::EntityTagger(Model model)
    : model_(std::move(model)), extractor_(model_.gazetteer, model_.weights.bucket_bits) {
  if (!model_.first_pass) return;
  if (!model_.paired_rows.empty()) {
    paired_.emplace(*model_.first_pass, model_.weights, std::move(model_.paired_rows));
    return;
  }
  paired_.emplace(*model_.first_pass, model_.weights);
  // The rows now live in paired_: drop the copies rather than hold the table twice.
  std::vector<std::int16_t>().swap(model_.first_pass->emission);
  std::vector<std::int16_t>().swap(model_.weights.emission);
}

std::unique_ptr<EntityTagger> EntityTagger::load(const std::filesystem::path& model_file) {
  return std::make_unique<EntityTagger>(load_model(model_file, RowLayout::paired));
}

void EntityTagger::prepare(std::span<const SentenceTokens> sentences, TaggerWorkspace& workspace,
                           DocumentLabels& labels) const {
  DocumentContext& document = workspace.document;
  document.clear();
  const std::size_t n = sentences.size();
  if (!paired_) {
    workspace.features.resize(n);
    for (const SentenceTokens& sentence : sentences) document.add_sentence(sentence);
    for (std::size_t s = 0; s < n; ++s) {
      extractor_.extract(sentences[s], document, workspace.tokens, workspace.features[s]);
    }
    return;
  }
  // Every token's entry in the word cache first: the document's context reads their words.
  prepare_cache(workspace.words, extractor_, *paired_);
  std::vector<std::uint32_t>& starts = workspace.word_starts;
  starts.assign(1, 0);
  for (const SentenceTokens& sentence : sentences) {
    starts.push_back(starts.back() + static_cast<std::uint32_t>(sentence.size()));
  }
  workspace.word_indices.resize(starts.back());
  const auto entries = [&](std::size_t s) {
    return std::span(workspace.word_indices).subspan(starts[s], starts[s + 1] - starts[s]);
  };
  for (std::size_t s = 0; s < n; ++s) {
    find_words(sentences[s], extractor_, *paired_, workspace.words, workspace.tokens.buffer,
               entries(s));
    workspace.word_hashes.clear();
    for (const std::uint32_t entry : entries(s)) {
      workspace.word_hashes.push_back(workspace.words.entry(entry).word.info.word);
    }
    document.add_sentence(sentences[s], workspace.word_hashes);
  }
  workspace.label_keys.resize(n);
  workspace.first_pass.resize(n);
  workspace.second_sums.resize(n);
  for (std::size_t s = 0; s < n; ++s) {
    describe_cached(sentences[s], entries(s), document, extractor_, workspace.words,
                    workspace.tokens, workspace.token_sums, workspace.sentence_features);
    paired_->score_first(workspace.sentence_features, workspace.decoding.lattice,
                         workspace.second_sums[s], workspace.token_sums);
    viterbi(workspace.decoding.lattice, model_.first_pass->transitions, workspace.decoding.viterbi,
            workspace.first_pass[s]);
    labels.add(workspace.tokens.tokens, workspace.first_pass[s]);
    // What the second pass reads of the descriptions; the next sentence overwrites them.
    workspace.label_keys[s].clear();
    workspace.label_keys[s].reserve(workspace.tokens.tokens.size());  // not grown: kept to the end
    FeatureExtractor::append_label_keys(workspace.tokens.tokens, workspace.label_keys[s]);
  }
}

double EntityTagger::decode_sentence(std::size_t s, const DocumentLabels& labels,
                                     TaggerWorkspace& workspace) const {
  // One pass: the model's own rows. Two: they live in paired_ (the model's were released).
  if (!paired_) {
    return decode_tags(model_.weights, workspace.features[s], workspace.decoding, workspace.tags);
  }
  extractor_.label_features_only(workspace.label_keys[s], workspace.first_pass[s], labels,
                                 workspace.spare);
  paired_->score_second(workspace.second_sums[s], workspace.spare, workspace.decoding.lattice);
  return viterbi(workspace.decoding.lattice, model_.weights.transitions, workspace.decoding.viterbi,
                 workspace.tags);
}

void EntityTagger::tag_document(std::span<const SentenceTokens> sentences,
                                TaggerWorkspace& workspace,
                                std::vector<std::vector<TaggedSpan>>& out) const {
  DocumentLabels labels(model_.tags.type_count());
  prepare(sentences, workspace, labels);
  out.resize(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const double best = decode_sentence(s, labels, workspace);
    out[s].clear();
    for (const ScoredEntity& entity :
         score_entities(model_.weights, workspace.tags, best, workspace.decoding)) {
      out[s].push_back({entity.span.first, entity.span.last, model_.tags.types()[entity.span.type],
                        model_.calibration(entity.margin)});
    }
  }
}

std::vector<std::vector<TaggedSpan>> EntityTagger::tag_document(
    std::span<const SentenceTokens> sentences) const {
  TaggerWorkspace workspace;
  std::vector<std::vector<TaggedSpan>> out;
  tag_document(sentences, workspace, out);
  return out;
}

void EntityTagger::tag_document_bio(std::span<const SentenceTokens> sentences,
                                    TaggerWorkspace& workspace,
                                    std::vector<std::vector<Tag>>& tags) const {
  DocumentLabels labels(model_.tags.type_count());
  prepare(sentences, workspace, labels);
  tags.resize(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    decode_sentence(s, labels, workspace);
    tags[s] = workspace.tags;
  }
}

}  // namespace strata::entities
