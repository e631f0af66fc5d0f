#include "trainer.hpp"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>

#include "cross_validation.hpp"
#include "dataset_features.hpp"
#include "decoding.hpp"
#include "feature_templates.hpp"
#include "perceptron.hpp"
#include "span_score.hpp"
#include "strata/error.hpp"
#include "viterbi.hpp"

namespace strata::entities {
namespace {

using Tagging = std::vector<std::vector<Tag>>;

// Fisher-Yates with Lemire's multiply-shift for the index: unlike std::shuffle and
// std::uniform_int_distribution, whose algorithms the standard leaves open, the result is the
// same with every standard library.
void shuffle(std::vector<std::size_t>& order, std::mt19937& generator) {
  for (std::size_t i = order.size(); i > 1; --i) {
    const auto j = static_cast<std::size_t>((std::uint64_t{generator()} * i) >> 32);
    std::swap(order[i - 1], order[j]);
  }
}

void check(std::span<const LabeledSentence> sentences, const TrainingOptions& options) {
  if (options.gazetteer == nullptr) throw Error("training needs a gazetteer");
  if (options.tags.type_count() == 0) throw Error("training needs a tag set");
  if (options.max_epochs == 0) throw Error("training needs at least one epoch");
  if (options.two_passes && options.folds < 2) throw Error("two passes need at least two folds");
  for (const LabeledSentence& sentence : sentences) {
    if (sentence.tokens.size() != sentence.tags.size()) {
      throw Error("a training sentence has " + std::to_string(sentence.tokens.size()) +
                  " tokens but " + std::to_string(sentence.tags.size()) + " tags");
    }
    for (const Tag tag : sentence.tags) {
      if (tag >= options.tags.size()) throw Error("a training tag is outside the tag set");
    }
  }
}

// The tags `weights` gives the listed sentences (the others stay empty).
void decode_some(const Weights& weights, const std::vector<SentenceFeatures>& features,
                 const std::vector<std::size_t>& which, Tagging& tags) {
  DecodingWorkspace workspace;
  for (const std::size_t s : which) decode_tags(weights, features[s], workspace, tags[s]);
}

std::vector<std::size_t> all_of(std::size_t n) {
  std::vector<std::size_t> indices(n);
  std::iota(indices.begin(), indices.end(), 0);
  return indices;
}

// Exact-span micro F1 of `weights` on the data.
double span_f1(const Weights& weights, const std::vector<SentenceFeatures>& features,
               std::span<const LabeledSentence> sentences) {
  Tagging tags(sentences.size());
  decode_some(weights, features, all_of(sentences.size()), tags);
  SpanScore score;
  for (std::size_t s = 0; s < sentences.size(); ++s) score.add(sentences[s].tags, tags[s]);
  return score.f1();
}

// Fits the confidence to how often the entities `weights` finds in the data are exactly right.
ConfidenceCalibration calibrate(const Weights& weights,
                                const std::vector<SentenceFeatures>& features,
                                std::span<const LabeledSentence> sentences) {
  std::vector<double> margins;
  std::vector<bool> correct;
  DecodingWorkspace workspace;
  std::vector<Tag> predicted;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const double best = decode_tags(weights, features[s], workspace, predicted);
    const std::vector<EntitySpan> gold = entity_spans(sentences[s].tags);
    for (const ScoredEntity& entity : score_entities(weights, predicted, best, workspace)) {
      margins.push_back(entity.margin);
      correct.push_back(std::find(gold.begin(), gold.end(), entity.span) != gold.end());
    }
  }
  return fit_calibration(margins, correct);
}

// Cost-augmented decoding: every wrong tag gets `cost` more, so that the perceptron keeps
// updating until the gold sequence wins by a margin, not just barely.
void add_cost(Lattice& lattice, const std::vector<Tag>& gold, double cost) {
  if (cost == 0.0) return;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    for (std::size_t t = 0; t < lattice.tags; ++t) {
      if (t != gold[i]) lattice.row(i)[t] += cost;
    }
  }
}

// One pass over the training data in the given order; returns the share of tags right.
double run_epoch(Perceptron& perceptron, const std::vector<SentenceFeatures>& features,
                 std::span<const LabeledSentence> sentences, const std::vector<std::size_t>& order,
                 double cost) {
  Lattice lattice;
  ViterbiWorkspace workspace;
  std::vector<Tag> predicted;
  std::size_t right = 0;
  std::size_t total = 0;
  for (const std::size_t s : order) {
    perceptron.score(features[s], lattice);
    const std::vector<Tag>& gold = sentences[s].tags;
    add_cost(lattice, gold, cost);
    viterbi(lattice, perceptron.transitions(), workspace, predicted);
    for (std::size_t i = 0; i < gold.size(); ++i) right += gold[i] == predicted[i] ? 1 : 0;
    total += gold.size();
    if (predicted != gold) perceptron.update(features[s], gold, predicted);
    perceptron.next_example();
  }
  return total == 0 ? 0.0 : static_cast<double>(right) / static_cast<double>(total);
}

// A model's worth of training data: features of the sentences to learn from (those listed in
// `subset`) and of the development sentences.
struct PassData {
  const std::vector<SentenceFeatures>& features;
  std::span<const LabeledSentence> sentences;
  std::vector<std::size_t> subset;
  const std::vector<SentenceFeatures>& development_features;
  std::span<const LabeledSentence> development;
};

// What training one model gave: its weights and the epochs it took.
struct PassResult {
  Weights weights;
  unsigned epochs_run = 0;
  unsigned best_epoch = 0;
  double development_f1 = 0.0;
};

// Trains one model, the mean of options.ensemble perceptrons that see the sentences in
// different orders: up to max_epochs, keeping the best epoch on the development data.
PassResult train_pass(const PassData& data, const TrainingOptions& options, const std::string& name,
                      const ProgressCallback& progress) {
  std::vector<Perceptron> members;
  std::vector<std::mt19937> generators;
  std::vector<std::vector<std::size_t>> orders;
  for (unsigned k = 0; k < std::max(1u, options.ensemble); ++k) {
    members.emplace_back(options.tags.size(), options.bucket_bits);
    generators.emplace_back(static_cast<std::mt19937::result_type>(options.seed + k));
    orders.push_back(data.subset);
  }
  PassResult result;
  std::optional<double> best_f1;
  unsigned epochs_since_best = 0;
  for (unsigned epoch = 1; epoch <= options.max_epochs; ++epoch) {
    const auto started = std::chrono::steady_clock::now();
    EpochReport report;
    report.pass = name;
    report.epoch = epoch;
    RealWeights total;
    for (std::size_t k = 0; k < members.size(); ++k) {
      shuffle(orders[k], generators[k]);
      report.training_accuracy +=
          run_epoch(members[k], data.features, data.sentences, orders[k], options.margin) /
          static_cast<double>(members.size());
      members[k].add_average_to(total);
    }
    Weights averaged = Perceptron::quantize(total, static_cast<double>(members.size()),
                                            options.tags.size(), options.bucket_bits);
    if (!data.development.empty()) {
      report.development_f1 = span_f1(averaged, data.development_features, data.development);
    }
    report.best = !best_f1 || !report.development_f1 || *report.development_f1 > *best_f1;
    result.epochs_run = epoch;
    if (report.best) {
      best_f1 = report.development_f1.value_or(0.0);
      result.weights = std::move(averaged);
      result.best_epoch = epoch;
      epochs_since_best = 0;
    } else {
      ++epochs_since_best;
    }
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (progress) progress(report);
    if (!data.development.empty() && epochs_since_best >= options.patience) break;
  }
  result.development_f1 = best_f1.value_or(0.0);
  return result;
}

// First-pass tags of the training data as on unseen text: each fold is tagged by a first pass
// trained on the others.
Tagging cross_validated_tags(const DatasetFeatures& data, const Folds& folds,
                             std::span<const LabeledSentence> sentences,
                             const PassData& development, const TrainingOptions& options,
                             const ProgressCallback& progress) {
  Tagging tags(sentences.size());
  for (unsigned fold = 0; fold < folds.count; ++fold) {
    std::vector<std::size_t> inside;
    std::vector<std::size_t> outside;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      (folds.fold_of[s] == fold ? inside : outside).push_back(s);
    }
    const PassData pass{data.features, sentences, outside, development.development_features,
                        development.development};
    const std::string name =
        "first pass, fold " + std::to_string(fold + 1) + " of " + std::to_string(folds.count);
    decode_some(train_pass(pass, options, name, progress).weights, data.features, inside, tags);
  }
  return tags;
}

}  // namespace

Model train(std::span<const LabeledSentence> sentences,
            std::span<const LabeledSentence> development, const TrainingOptions& options,
            const ProgressCallback& progress) {
  if (sentences.empty()) throw Error("training needs at least one sentence");
  check(sentences, options);
  check(development, options);
  const FeatureExtractor extractor(*options.gazetteer, options.bucket_bits);
  const DatasetFeatures data =
      extract_dataset_features(extractor, sentences, options.document_sentences);
  const DatasetFeatures development_data =
      extract_dataset_features(extractor, development, options.document_sentences);

  Model model;
  model.tags = options.tags;
  model.feature_set_hash = feature_set_hash();
  model.training = options.record;
  const PassData first{data.features, sentences, all_of(sentences.size()),
                       development_data.features, development};
  PassResult final_pass;
  std::vector<SentenceFeatures> development_features = development_data.features;
  if (!options.two_passes) {
    final_pass = train_pass(first, options, "single pass", progress);
  } else {
    const Folds folds = make_folds(data.document_starts, sentences.size(), options.folds);
    const Tagging training_tags =
        cross_validated_tags(data, folds, sentences, first, options, progress);
    const PassResult first_pass = train_pass(first, options, "first pass", progress);
    Tagging development_tags(development.size());
    decode_some(first_pass.weights, development_data.features, all_of(development.size()),
                development_tags);
    const std::size_t types = options.tags.type_count();
    const std::vector<SentenceFeatures> second_features =
        with_label_features(extractor, data, training_tags, types);
    development_features =
        with_label_features(extractor, development_data, development_tags, types);
    const PassData second{second_features, sentences, all_of(sentences.size()),
                          development_features, development};
    final_pass = train_pass(second, options, "second pass", progress);
    model.first_pass = first_pass.weights;
    model.training.folds = folds.count;
    // Without development data the confidence is fitted on the training data as the second
    // pass sees it.
    if (development.empty()) development_features = second_features;
  }
  model.weights = std::move(final_pass.weights);
  model.training.epochs_run = final_pass.epochs_run;
  model.training.best_epoch = final_pass.best_epoch;
  model.training.development_f1 = final_pass.development_f1;
  model.training.seed = options.seed;
  model.training.training_sentences = sentences.size();
  model.training.training_tokens = 0;
  for (const LabeledSentence& sentence : sentences) {
    model.training.training_tokens += sentence.tokens.size();
  }
  model.training.document_sentences = static_cast<std::uint32_t>(options.document_sentences);
  model.training.gazetteer_digest = options.gazetteer->digest();
  model.training.gazetteer_names = options.gazetteer->size();
  model.gazetteer = *options.gazetteer;
  if (development.empty()) {
    model.calibration = calibrate(
        model.weights, options.two_passes ? development_features : data.features, sentences);
  } else {
    model.calibration = calibrate(model.weights, development_features, development);
  }
  return model;
}

}  // namespace strata::entities
