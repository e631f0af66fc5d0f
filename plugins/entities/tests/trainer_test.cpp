#include "trainer.hpp"

#include <gtest/gtest.h>

#include "dataset_features.hpp"
#include "decoding.hpp"
#include "model_file.hpp"
#include "strata/error.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

using testing::kind_tags;
using testing::small_gazetteer;
using testing::toy_corpus;

TrainingOptions toy_options() {
  TrainingOptions options;
  options.tags = kind_tags();
  options.gazetteer = &small_gazetteer();
  options.bucket_bits = 16;
  options.max_epochs = 8;
  options.seed = 5;
  return options;
}

TEST(Trainer, LearnsTheToyCorpusExactly) {
  const Model model = train(toy_corpus(), {}, toy_options());
  const std::vector<LabeledSentence> corpus = toy_corpus();
  const FeatureExtractor extractor(small_gazetteer(), model.weights.bucket_bits);
  const DatasetFeatures data = extract_dataset_features(extractor, corpus, 0);
  DecodingWorkspace workspace;
  std::vector<std::vector<Tag>> first_pass(corpus.size());
  for (std::size_t s = 0; s < corpus.size(); ++s) {
    decode_tags(*model.first_pass, data.features[s], workspace, first_pass[s]);
    EXPECT_EQ(first_pass[s], corpus[s].tags) << "first pass, sentence " << s;
  }
  const auto second = with_label_features(extractor, data, first_pass, 3);
  std::vector<Tag> tags;
  for (std::size_t s = 0; s < corpus.size(); ++s) {
    decode_tags(model.weights, second[s], workspace, tags);
    EXPECT_EQ(tags, corpus[s].tags) << "second pass, sentence " << s;
  }
}

TEST(Trainer, OnePassMakesAModelWithoutFirstPass) {
  TrainingOptions options = toy_options();
  options.two_passes = false;
  const Model model = train(toy_corpus(), {}, options);
  EXPECT_FALSE(model.first_pass.has_value());
  EXPECT_EQ(model.training.folds, 0u);
}

TEST(Trainer, EnsemblesAndMarginsStillLearnTheToyCorpus) {
  TrainingOptions options = toy_options();
  options.two_passes = false;
  const std::string single = encode_model(train(toy_corpus(), {}, options));
  options.ensemble = 3;
  options.margin = 1.0;
  const Model model = train(toy_corpus(), {}, options);
  EXPECT_NE(encode_model(model), single);
  const std::vector<LabeledSentence> corpus = toy_corpus();
  const FeatureExtractor extractor(small_gazetteer(), model.weights.bucket_bits);
  const DatasetFeatures data = extract_dataset_features(extractor, corpus, 0);
  DecodingWorkspace workspace;
  std::vector<Tag> tags;
  for (std::size_t s = 0; s < corpus.size(); ++s) {
    decode_tags(model.weights, data.features[s], workspace, tags);
    EXPECT_EQ(tags, corpus[s].tags) << "sentence " << s;
  }
}

TEST(Trainer, IsDeterministicForASeed) {
  const std::string a = encode_model(train(toy_corpus(), {}, toy_options()));
  const std::string b = encode_model(train(toy_corpus(), {}, toy_options()));
  EXPECT_EQ(a, b);
  TrainingOptions other = toy_options();
  other.seed = 6;
  EXPECT_NE(encode_model(train(toy_corpus(), {}, other)), a);
}

TEST(Trainer, ReportsEachEpochAndStopsEarlyOnDevelopmentData) {
  TrainingOptions options = toy_options();
  options.max_epochs = 30;
  options.patience = 2;
  std::vector<EpochReport> reports;
  const std::vector<LabeledSentence> corpus = toy_corpus();
  const std::vector<LabeledSentence> development(corpus.begin(), corpus.begin() + 3);
  options.two_passes = false;
  const Model model =
      train(corpus, development, options, [&](const EpochReport& r) { reports.push_back(r); });
  ASSERT_FALSE(reports.empty());
  EXPECT_EQ(reports.front().pass, "single pass");
  EXPECT_LT(reports.size(), 30u);  // the toy development set is learnt in a few epochs
  EXPECT_EQ(reports.front().epoch, 1u);
  ASSERT_TRUE(reports.back().development_f1.has_value());
  EXPECT_TRUE(reports.front().best);
  EXPECT_EQ(model.training.epochs_run, reports.size());
  EXPECT_DOUBLE_EQ(model.training.development_f1, 1.0);
  EXPECT_LE(model.training.best_epoch, model.training.epochs_run);
  EXPECT_EQ(model.training.training_sentences, corpus.size());
  EXPECT_EQ(model.training.gazetteer_digest, small_gazetteer().digest());
}

TEST(Trainer, RefusesUnusableInput) {
  TrainingOptions options = toy_options();
  options.gazetteer = nullptr;
  EXPECT_THROW(train(toy_corpus(), {}, options), Error);
  EXPECT_THROW(train({}, {}, toy_options()), Error);
  std::vector<LabeledSentence> bad = toy_corpus();
  bad[0].tags.pop_back();
  EXPECT_THROW(train(bad, {}, toy_options()), Error);
  options = toy_options();
  options.folds = 1;
  EXPECT_THROW(train(toy_corpus(), {}, options), Error);
}

}  // namespace
}  // namespace strata::entities
