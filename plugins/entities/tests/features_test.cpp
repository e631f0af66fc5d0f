#include "features.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "strata/error.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

using testing::small_gazetteer;

SentenceFeatures extract(const FeatureExtractor& extractor, std::vector<std::string_view> tokens,
                         const DocumentContext& document = {}) {
  TokenWorkspace workspace;
  SentenceFeatures features;
  extractor.extract(tokens, document, workspace, features);
  return features;
}

std::vector<std::uint32_t> sorted(std::span<const std::uint32_t> buckets) {
  std::vector<std::uint32_t> result(buckets.begin(), buckets.end());
  std::sort(result.begin(), result.end());
  return result;
}

TEST(Features, EveryTokenGetsBucketsInRange) {
  const FeatureExtractor extractor(small_gazetteer(), 12);
  const SentenceFeatures f = extract(extractor, {"Il", "ministro", "Mario", "Rossi", "a", "Roma"});
  ASSERT_EQ(f.size(), 6u);
  for (std::size_t i = 0; i < f.size(); ++i) {
    EXPECT_GT(f.at(i).size(), 25u);
    for (const std::uint32_t bucket : f.at(i)) EXPECT_LT(bucket, 1u << 12);
  }
}

TEST(Features, AreTheSameForTheSameInputWhateverCameBefore) {
  const FeatureExtractor extractor(small_gazetteer(), 20);
  TokenWorkspace workspace;
  SentenceFeatures first;
  SentenceFeatures again;
  const std::vector<std::string_view> sentence = {"La", "Banca", "d'", "Italia", "."};
  const std::vector<std::string_view> other = {"Un", "altro", "testo", "lungo", "qui", "e", "là"};
  extractor.extract(sentence, {}, workspace, first);
  extractor.extract(other, {}, workspace, again);
  extractor.extract(sentence, {}, workspace, again);
  EXPECT_EQ(first.buckets, again.buckets);
  EXPECT_EQ(first.starts, again.starts);
}

TEST(Features, DependOnContextGazetteerAndDocument) {
  const FeatureExtractor extractor(small_gazetteer(), 20);
  const auto roma = extract(extractor, {"a", "Roma", "oggi"});
  const auto pisa = extract(extractor, {"a", "Pisa", "oggi"});
  const auto roma_elsewhere = extract(extractor, {"da", "Roma", "oggi"});
  EXPECT_NE(sorted(roma.at(1)), sorted(pisa.at(1)));
  EXPECT_NE(sorted(roma.at(1)), sorted(roma_elsewhere.at(1)));
  // Only the gazetteer tells Roma from a made-up word of the same shape and affixes.
  Gazetteer empty;
  const FeatureExtractor plain(empty, 20);
  EXPECT_GT(extract(extractor, {"a", "Roma"}).at(1).size(),
            extract(plain, {"a", "Roma"}).at(1).size());
  DocumentContext document;
  const std::vector<std::string_view> other = {"il", "team", "Alinghi", "vince"};
  document.add_sentence(other);
  EXPECT_NE(sorted(extract(extractor, {"Alinghi", "vince"}, document).at(0)),
            sorted(extract(extractor, {"Alinghi", "vince"}).at(0)));
}

TEST(Features, LabelFeaturesAddToCapitalisedTokensOnly) {
  const FeatureExtractor extractor(small_gazetteer(), 20);
  TokenWorkspace workspace;
  SentenceFeatures features;
  const std::vector<std::string_view> tokens = {"ieri", "Rossi", "parlava"};
  extractor.extract(tokens, {}, workspace, features);
  const SentenceFeatures before = features;
  const std::vector<Tag> tags = {0, TagSet::begin_tag(0), 0};
  DocumentLabels labels(3);
  labels.add(workspace.tokens, tags);
  SentenceFeatures spare;
  extractor.add_label_features(workspace.tokens, tags, labels, spare, features);
  EXPECT_EQ(sorted(features.at(0)), sorted(before.at(0)));
  EXPECT_GT(features.at(1).size(), before.at(1).size());
  EXPECT_EQ(sorted(features.at(2)), sorted(before.at(2)));
}

TEST(Features, TokenAndContextFeaturesMakeUpTheFullSet) {
  const FeatureExtractor extractor(small_gazetteer(), 20);
  const std::vector<std::string_view> tokens = {"Il", "ministro", "Mario", "Rossi",
                                                "a",  "Roma",     "."};
  TokenWorkspace workspace;
  SentenceFeatures full;
  extractor.extract(tokens, {}, workspace, full);
  SentenceFeatures context;
  extractor.context_features(workspace, context);
  ASSERT_EQ(context.size(), tokens.size());
  const auto n = static_cast<std::ptrdiff_t>(tokens.size());
  for (std::ptrdiff_t i = 0; i < n; ++i) {
    const std::span<const std::uint32_t> own = context.at(static_cast<std::size_t>(i));
    std::vector<std::uint32_t> parts(own.begin(), own.end());
    for (int k = FeatureExtractor::kFirstOffset; k <= FeatureExtractor::kLastOffset; ++k) {
      const std::ptrdiff_t j = i + k;
      const TokenInfo& other = j < 0    ? FeatureExtractor::before_sentence()
                               : j >= n ? FeatureExtractor::after_sentence()
                                        : workspace.tokens[static_cast<std::size_t>(j)];
      extractor.token_features(other, k, parts);
    }
    EXPECT_EQ(sorted(parts), sorted(full.at(static_cast<std::size_t>(i)))) << "token " << i;
  }
  std::vector<std::uint32_t> out;
  EXPECT_THROW(extractor.token_features(workspace.tokens[0], 3, out), Error);
}

TEST(Features, BucketBitsAreChecked) {
  EXPECT_THROW(FeatureExtractor(small_gazetteer(), 4), Error);
  EXPECT_THROW(FeatureExtractor(small_gazetteer(), 40), Error);
}

TEST(Features, EmptySentenceHasNoTokens) {
  const FeatureExtractor extractor(small_gazetteer(), 12);
  EXPECT_EQ(extract(extractor, {}).size(), 0u);
}

}  // namespace
}  // namespace strata::entities
