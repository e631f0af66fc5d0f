// Training a tagger model from labelled sentences.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>

#include "gazetteer.hpp"
#include "labeled_sentence.hpp"
#include "model.hpp"
#include "tag_set.hpp"

namespace strata::entities {

// The settings of a training run. The defaults are those of the shipped Italian model.
struct TrainingOptions {
  TagSet tags;
  const Gazetteer* gazetteer = nullptr;  // required; must be the one the model will tag with
  unsigned bucket_bits = 20;             // 2^bits feature buckets
  unsigned max_epochs = 20;
  // With development data, stop after this many epochs without a better development F1 and
  // keep the best epoch's weights.
  unsigned patience = 4;
  std::uint64_t seed = 1;  // the order sentences are seen in, each epoch
  // Perceptrons trained side by side on different orders (seeds seed, seed + 1...), whose
  // mean is the model: less dependent on one order's luck.
  unsigned ensemble = 1;
  // While training, each wrong tag's score is raised by this much, so the gold sequence must
  // win by a margin (0: the plain perceptron).
  double margin = 0.0;
  // Sentences per document for data without "-DOCSTART-" marks (see extract_dataset_features).
  std::size_t document_sentences = 50;
  // Train a second pass on top of the first (see Model::first_pass). Its training data needs
  // first-pass tags as the first pass makes them on text it has not seen: each fold of the
  // training documents is tagged by a first pass trained on the other folds (make_folds: fewer
  // folds for fewer documents, folds of sentences for one document).
  bool two_passes = true;
  unsigned folds = 5;
  // Languages and data files, copied into the model's training record.
  TrainingRecord record;
};

// What happened in one epoch, for a progress line.
struct EpochReport {
  std::string pass;  // which model is being trained: "first pass, fold 2 of 5", "second pass"
  unsigned epoch = 0;
  double training_accuracy = 0.0;  // tags right while training, before each update
  double seconds = 0.0;
  std::optional<double> development_f1;  // exact-span micro F1 of the averaged weights
  bool best = false;                     // the best epoch so far (always, without dev data)
};
using ProgressCallback = std::function<void(const EpochReport&)>;

// Trains averaged perceptrons on `sentences`, shuffling them each epoch with a generator seeded
// with options.seed: the same data and options give the same model, bit for bit.
// `development` sentences (may be empty) choose the epoch and calibrate the confidence; without
// them the last epoch is kept and the confidence is calibrated on the training data, which
// makes it overconfident. Throws Error for unusable options or data.
Model train(std::span<const LabeledSentence> sentences,
            std::span<const LabeledSentence> development, const TrainingOptions& options,
            const ProgressCallback& progress = {});

}  // namespace strata::entities
