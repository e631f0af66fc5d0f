#include "dataset_features.hpp"

#include <string_view>

namespace strata::entities {
namespace {

std::vector<std::string_view> views_of(const LabeledSentence& sentence) {
  return {sentence.tokens.begin(), sentence.tokens.end()};
}

}  // namespace

std::vector<std::size_t> document_starts(std::span<const LabeledSentence> sentences,
                                         std::size_t document_sentences) {
  std::vector<std::size_t> starts;
  for (std::size_t first = 0; first < sentences.size();) {
    std::size_t last = first + 1;
    while (last < sentences.size() && !sentences[last].starts_document &&
           (document_sentences == 0 || last - first < document_sentences)) {
      ++last;
    }
    starts.push_back(first);
    first = last;
  }
  return starts;
}

DatasetFeatures extract_dataset_features(const FeatureExtractor& extractor,
                                         std::span<const LabeledSentence> sentences,
                                         std::size_t document_sentences) {
  DatasetFeatures data;
  data.features.resize(sentences.size());
  data.tokens.resize(sentences.size());
  data.document_starts = document_starts(sentences, document_sentences);
  // Contexts first, all of them: tokens point into them, so the vector must not grow later.
  data.documents.resize(data.document_starts.size());
  TokenWorkspace workspace;
  for (std::size_t d = 0; d < data.document_starts.size(); ++d) {
    const std::size_t first = data.document_starts[d];
    const std::size_t last =
        d + 1 < data.document_starts.size() ? data.document_starts[d + 1] : sentences.size();
    DocumentContext& document = data.documents[d];
    for (std::size_t s = first; s < last; ++s) document.add_sentence(views_of(sentences[s]));
    for (std::size_t s = first; s < last; ++s) {
      extractor.extract(views_of(sentences[s]), document, workspace, data.features[s]);
      data.tokens[s] = workspace.tokens;
    }
  }
  return data;
}

std::vector<SentenceFeatures> with_label_features(const FeatureExtractor& extractor,
                                                  const DatasetFeatures& data,
                                                  const std::vector<std::vector<Tag>>& first_pass,
                                                  std::size_t types) {
  std::vector<SentenceFeatures> features = data.features;
  SentenceFeatures spare;
  const std::size_t n = features.size();
  for (std::size_t d = 0; d < data.document_starts.size(); ++d) {
    const std::size_t first = data.document_starts[d];
    const std::size_t last = d + 1 < data.document_starts.size() ? data.document_starts[d + 1] : n;
    DocumentLabels labels(types);
    for (std::size_t s = first; s < last; ++s) labels.add(data.tokens[s], first_pass[s]);
    for (std::size_t s = first; s < last; ++s) {
      extractor.add_label_features(data.tokens[s], first_pass[s], labels, spare, features[s]);
    }
  }
  return features;
}

}  // namespace strata::entities
