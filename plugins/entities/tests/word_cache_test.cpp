#include "word_cache.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "model_file.hpp"
#include "strata/error.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

// Makes entries that record which word made them, counting the calls.
struct CountingMaker {
  int* calls;
  void operator()(std::string_view token, WordCache::Entry& entry) const {
    ++*calls;
    entry.word.info.length = static_cast<std::uint32_t>(token.size());
  }
};

std::uint32_t get(WordCache& cache, std::string_view word, int& calls) {
  return cache.get(word, WordCache::key(word), CountingMaker{&calls});
}

TEST(WordCache, MakesEachWordOnceUntilAnotherOwnerComes) {
  WordCache cache;
  int calls = 0;
  cache.prepare(7);
  const std::uint32_t roma = get(cache, "Roma", calls);
  const std::uint32_t milano = get(cache, "Milano", calls);
  EXPECT_NE(roma, milano);
  EXPECT_EQ(get(cache, "Roma", calls), roma);
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(cache.entry(milano).word.info.length, 6u);
  cache.prepare(7);  // the same tagger: the words stay
  EXPECT_EQ(get(cache, "Milano", calls), milano);
  EXPECT_EQ(calls, 2);
  cache.prepare(8);  // another tagger's sums differ: forget
  EXPECT_TRUE(cache.empty());
  get(cache, "Milano", calls);
  EXPECT_EQ(calls, 3);
}

TEST(WordCache, ForgetsEverythingOnceFull) {
  WordCache cache;
  int calls = 0;
  cache.prepare(1);
  for (std::size_t k = 0; k < WordCache::kMaxWords; ++k) get(cache, std::to_string(k), calls);
  EXPECT_EQ(cache.size(), WordCache::kMaxWords);
  cache.prepare(1);
  EXPECT_TRUE(cache.empty());
}

// The first pass's lattice and the second pass's sums of a sentence, as the tagger without the
// cache computed them.
struct Scores {
  Lattice lattice;
  std::vector<std::int32_t> second;
};

TEST(WordCache, ScoresRealSentencesExactlyAsTheFullFeatures) {
  const auto path = testing::resource_dir() / "model-it.bin";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  const Model model = load_model(path);
  ASSERT_TRUE(model.first_pass.has_value());
  const FeatureExtractor extractor(model.gazetteer, model.weights.bucket_bits);
  const PairedEmission emission(*model.first_pass, model.weights);
  const LabeledSentence first = testing::sentence(
      "Il presidente Sergio Mattarella ha incontrato a Roma il segretario generale delle "
      "Nazioni Unite , Antonio Guterres .");
  const LabeledSentence second = testing::sentence(
      "Guterres ha poi lasciato Roma per Milano , dove la Banca d' Italia lo attendeva .");
  DocumentContext document;
  document.add_sentence(testing::views(first));
  document.add_sentence(testing::views(second));

  WordCache cache;
  TokenWorkspace workspace;
  std::vector<std::uint32_t> indices;
  std::vector<PairedEmission::Sums> sums;
  SentenceFeatures features;
  // The second round finds every word in the cache: it must not matter.
  for (int round = 0; round < 2; ++round) {
    prepare_cache(cache, extractor, emission);
    for (const LabeledSentence* s : {&first, &second}) {
      const std::vector<std::string_view> tokens = testing::views(*s);
      Scores expected;
      extractor.extract(tokens, document, workspace, features);
      emission.score_first(features, expected.lattice, expected.second);
      const std::vector<TokenInfo> full = workspace.tokens;

      Scores got;
      indices.resize(tokens.size());
      find_words(tokens, extractor, emission, cache, workspace.buffer, indices);
      describe_cached(tokens, indices, document, extractor, cache, workspace, sums, features);
      emission.score_first(features, got.lattice, got.second, sums);
      EXPECT_EQ(got.lattice.emissions, expected.lattice.emissions);
      EXPECT_EQ(got.second, expected.second);
      ASSERT_EQ(workspace.tokens.size(), full.size());
      for (std::size_t i = 0; i < full.size(); ++i) {
        EXPECT_EQ(workspace.tokens[i].word, full[i].word);
        EXPECT_EQ(workspace.tokens[i].use, full[i].use);
        EXPECT_EQ(workspace.tokens[i].run_last, full[i].run_last);
        EXPECT_EQ(workspace.tokens[i].name_roles, full[i].name_roles);
      }
    }
  }
  EXPECT_FALSE(cache.empty());
  indices.pop_back();
  const std::vector<std::string_view> tokens = testing::views(first);
  EXPECT_THROW(find_words(tokens, extractor, emission, cache, workspace.buffer, indices), Error);
  EXPECT_THROW(
      describe_cached(tokens, indices, document, extractor, cache, workspace, sums, features),
      Error);
}

}  // namespace
}  // namespace strata::entities
