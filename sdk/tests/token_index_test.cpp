#include "strata/token_index.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata {
namespace {

Document two_sentences() {
  Document doc("d", "Ciao Roma. Sono qui.");
  Layer& tokens = doc.add_layer("tokens");
  for (auto [b, e, kind] : {std::tuple{0, 4, "word"},
                            {5, 9, "word"},
                            {9, 10, "punct"},
                            {11, 15, "word"},
                            {16, 19, "word"},
                            {19, 20, "punct"}}) {
    tokens.set_string(tokens.add(b, e, "token"), "kind", kind);
  }
  Layer& sentences = doc.add_layer("sentences");
  sentences.add(11, 20, "sentence");  // added out of order on purpose
  sentences.add(0, 10, "sentence");
  return doc;
}

TEST(TokenIndex, TokensAndSentencesInTextOrder) {
  const Document doc = two_sentences();
  const TokenIndex index(doc);
  ASSERT_EQ(index.tokens().size(), 6u);
  EXPECT_EQ(index.tokens()[1].text, "Roma");
  EXPECT_EQ(index.tokens()[2].kind, "punct");
  ASSERT_EQ(index.sentences().size(), 2u);
  EXPECT_EQ(index.sentences()[0].id, 1u);
  EXPECT_EQ(index.sentences()[0].tokens.size(), 3u);
  EXPECT_EQ(index.sentences()[1].tokens.front().text, "Sono");
}

TEST(TokenIndex, TokensBetweenAnyRange) {
  const Document doc = two_sentences();
  const TokenIndex index(doc);
  const auto middle = index.tokens_between(6, 12);  // inside "Roma" to inside "Sono"
  ASSERT_EQ(middle.size(), 3u);
  EXPECT_EQ(middle.front().text, "Roma");
  EXPECT_EQ(middle.back().text, "Sono");
  EXPECT_TRUE(index.tokens_between(4, 5).empty());  // the space
}

TEST(TokenIndex, WithoutSentencesTheTextIsOneSentence) {
  Document doc("d", "a b");
  Layer& tokens = doc.add_layer("tokens");
  tokens.add(0, 1, "token");
  tokens.add(2, 3, "token");
  const TokenIndex index(doc);
  ASSERT_EQ(index.sentences().size(), 1u);
  EXPECT_EQ(index.sentences()[0].tokens.size(), 2u);
}

}  // namespace
}  // namespace strata

namespace strata {
namespace {

TEST(DocumentTokenIndex, IsBuiltOnceAndSharedWhileTheLayersStay) {
  const Document doc = two_sentences();
  const TokenIndex& first = doc.token_index();
  EXPECT_EQ(&first, &doc.token_index());
  EXPECT_EQ(first.tokens().size(), 6u);
  ASSERT_EQ(first.sentences().size(), 2u);
  EXPECT_EQ(first.sentences()[1].tokens.size(), 3u);
}

TEST(DocumentTokenIndex, FollowsLayersThatGrewOrAppeared) {
  Document doc("d", "Ciao Roma. Sono qui.");
  Layer& tokens = doc.add_layer("tokens");
  tokens.set_string(tokens.add(0, 4, "token"), "kind", "word");
  EXPECT_EQ(doc.token_index().tokens().size(), 1u);
  EXPECT_EQ(doc.token_index().sentences().size(), 1u);  // the whole text, with no sentences
  tokens.set_string(tokens.add(5, 9, "token"), "kind", "word");
  EXPECT_EQ(doc.token_index().tokens().size(), 2u);
  Layer& sentences = doc.add_layer("sentences");
  sentences.add(0, 10, "sentence");
  sentences.add(11, 20, "sentence");
  ASSERT_EQ(doc.token_index().sentences().size(), 2u);
  EXPECT_EQ(doc.token_index().sentences()[0].tokens.size(), 2u);
}

TEST(DocumentTokenIndex, SurvivesAMoveOfTheDocument) {
  Document doc = two_sentences();
  const std::string_view word = doc.token_index().tokens()[1].text;
  const Document moved = std::move(doc);
  EXPECT_EQ(moved.token_index().tokens()[1].text, word);
  EXPECT_EQ(moved.token_index().tokens()[1].text, "Roma");
}

TEST(DocumentTokenIndex, NeedsATokensLayer) {
  const Document doc("d", "Ciao.");
  EXPECT_THROW(doc.token_index(), Error);
}

}  // namespace
}  // namespace strata
