// The features of a whole labelled data set, extracted once for the many passes of training.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "features.hpp"
#include "labeled_sentence.hpp"

namespace strata::entities {

// Features and token descriptions of every sentence of a data set, and where its documents
// start.
struct DatasetFeatures {
  std::vector<SentenceFeatures> features;
  std::vector<std::vector<TokenInfo>> tokens;
  std::vector<std::size_t> document_starts;  // ascending, from 0
  std::vector<DocumentContext> documents;    // what tokens' `use` points into
};

// Where the documents of a data set start: at a sentence marked starts_document, and, for data
// without document marks (KIND has none), every `document_sentences` sentences (0: no limit).
std::vector<std::size_t> document_starts(std::span<const LabeledSentence> sentences,
                                         std::size_t document_sentences);

// Extracts the first pass's features of every sentence. Document-level features need
// documents, as document_starts() cuts them.
DatasetFeatures extract_dataset_features(const FeatureExtractor& extractor,
                                         std::span<const LabeledSentence> sentences,
                                         std::size_t document_sentences);

// The second pass's features: `data`'s, with those of how `first_pass` tagged each sentence
// and its document (FeatureExtractor::add_label_features).
std::vector<SentenceFeatures> with_label_features(const FeatureExtractor& extractor,
                                                  const DatasetFeatures& data,
                                                  const std::vector<std::vector<Tag>>& first_pass,
                                                  std::size_t types);

}  // namespace strata::entities
