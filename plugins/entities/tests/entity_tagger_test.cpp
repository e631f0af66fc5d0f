#include "entity_tagger.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "test_support.hpp"

namespace strata::entities {
namespace {

using testing::sentence;
using testing::views;

std::vector<TaggedSpan> tag_one(const EntityTagger& tagger, std::string_view text) {
  const LabeledSentence s = sentence(text);
  const std::vector<SentenceTokens> document = {views(s)};
  return tagger.tag_document(document).at(0);
}

TEST(EntityTagger, FindsEntitiesWithTypesAndConfidences) {
  const EntityTagger tagger(testing::toy_model());
  const auto spans = tag_one(tagger, "Mario Rossi vive a Roma .");
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].first_token, 0u);
  EXPECT_EQ(spans[0].last_token, 2u);
  EXPECT_EQ(spans[0].type, "PER");
  EXPECT_EQ(spans[1].type, "LOC");
  for (const TaggedSpan& span : spans) {
    EXPECT_GT(span.confidence, 0.0);
    EXPECT_LE(span.confidence, 1.0);
  }
  EXPECT_TRUE(tag_one(tagger, "").empty());
}

TEST(EntityTagger, TagsEverySentenceOfADocument) {
  const EntityTagger tagger(testing::toy_model());
  const LabeledSentence first = sentence("Mario Rossi vive a Roma .");
  const LabeledSentence second = sentence("Oggi Rossi è a Milano .");
  const std::vector<SentenceTokens> document = {views(first), {}, views(second)};
  const auto tagged = tagger.tag_document(document);
  ASSERT_EQ(tagged.size(), 3u);
  EXPECT_EQ(tagged[0].size(), 2u);
  EXPECT_TRUE(tagged[1].empty());
  ASSERT_FALSE(tagged[2].empty());
  EXPECT_EQ(tagged[2].back().type, "LOC");
  std::vector<std::vector<Tag>> tags;
  TaggerWorkspace workspace;
  tagger.tag_document_bio(document, workspace, tags);
  EXPECT_EQ(tags[0][0], TagSet::begin_tag(0));
  EXPECT_EQ(tags[0][4], TagSet::begin_tag(1));
}

TEST(EntityTagger, ThreadsShareOneTagger) {
  const EntityTagger tagger(testing::toy_model());
  const auto expected = tag_one(tagger, "Anna Bianchi lavora per la Fiat a Milano .");
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      TaggerWorkspace workspace;
      std::vector<std::vector<TaggedSpan>> tagged;
      const LabeledSentence s = sentence("Anna Bianchi lavora per la Fiat a Milano .");
      const std::vector<SentenceTokens> document = {views(s)};
      bool all = true;
      for (int k = 0; k < 200; ++k) {
        tagger.tag_document(document, workspace, tagged);
        const std::vector<TaggedSpan>& spans = tagged.at(0);
        all = all && spans.size() == expected.size() && spans[0].type == expected[0].type &&
              spans[0].confidence == expected[0].confidence;
      }
      same[t] = all ? 1 : 0;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(same, (std::vector<int>{1, 1, 1, 1}));
}

TEST(EntityTagger, TheShippedItalianModelLoadsAndTags) {
  const auto path = testing::resource_dir() / "model-it.bin";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  const auto tagger = EntityTagger::load(path);
  const auto spans = tag_one(*tagger,
                             "Il presidente Sergio Mattarella ha incontrato a Roma il segretario "
                             "generale delle Nazioni Unite .");
  std::string found;
  for (const TaggedSpan& span : spans) found += std::string(span.type) + " ";
  EXPECT_EQ(found, "PER LOC ORG ");
}

}  // namespace
}  // namespace strata::entities
