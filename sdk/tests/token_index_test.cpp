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

TEST(TokenIndex, TokensAddedOutOfOrderComeInTextOrder) {
  Document doc("d", "a b c");
  Layer& tokens = doc.add_layer("tokens");
  tokens.set_string(tokens.add(4, 5, "token"), "kind", "word");
  tokens.set_string(tokens.add(0, 1, "token"), "kind", "punct");
  tokens.set_string(tokens.add(2, 3, "token"), "kind", "number");
  const TokenIndex index(doc);
  ASSERT_EQ(index.tokens().size(), 3u);
  EXPECT_EQ(index.tokens()[0].id, 1u);
  EXPECT_EQ(index.tokens()[0].kind, "punct");
  EXPECT_EQ(index.tokens()[1].kind, "number");
  EXPECT_EQ(index.tokens()[2].text, "c");
  EXPECT_EQ(index.tokens()[2].kind, "word");
}

// The kind as string_feature reads it: after other features, absent, or not a string.
TEST(TokenIndex, KindIsTheStringFeatureOfThatName) {
  Document doc("d", "a b c d");
  Layer& tokens = doc.add_layer("tokens");
  const AnnotationId later = tokens.add(0, 1, "token");
  tokens.set_int(later, "length", 1);
  tokens.set_string(later, "lemma", "kind");
  tokens.set_string(later, "kind", "symbol");
  tokens.set_string(tokens.add(2, 3, "token"), "lemma", "b");
  tokens.set_int(tokens.add(4, 5, "token"), "kind", 3);
  tokens.set_string(tokens.add(6, 7, "token"), "kind", "word");
  const TokenIndex index(doc);
  ASSERT_EQ(index.tokens().size(), 4u);
  for (const Token& token : index.tokens()) {
    EXPECT_EQ(token.kind, tokens.string_feature(token.id, "kind")) << token.text;
  }
  EXPECT_EQ(index.tokens()[0].kind, "symbol");
  EXPECT_EQ(index.tokens()[3].kind, "word");
}

TEST(TokenIndex, TokensWithoutAnyKindHaveNone) {
  Document doc("d", "a b");
  Layer& tokens = doc.add_layer("tokens");
  tokens.add(0, 1, "token");
  tokens.set_string(tokens.add(2, 3, "token"), "lemma", "b");
  const TokenIndex index(doc);
  ASSERT_EQ(index.tokens().size(), 2u);
  EXPECT_EQ(index.tokens()[0].kind, "");
  EXPECT_EQ(index.tokens()[1].kind, "");
}

// Each sentence holds what tokens_between gives for its range, also where sentences nest,
// overlap, leave tokens out or hold none.
TEST(TokenIndex, SentencesHoldTheTokensBetweenTheirEnds) {
  Document doc("d", "aa bb cc dd ee ff gg");
  Layer& tokens = doc.add_layer("tokens");
  for (Offset at = 0; at < 20; at += 3)
    tokens.set_string(tokens.add(at, at + 2, "t"), "kind", "word");
  Layer& sentences = doc.add_layer("sentences");
  for (auto [b, e] : {std::pair{0, 8}, {1, 4}, {2, 3}, {3, 14}, {9, 11}, {15, 16}, {16, 20}}) {
    sentences.add(static_cast<Offset>(b), static_cast<Offset>(e), "sentence");
  }
  const TokenIndex index(doc);
  ASSERT_EQ(index.sentences().size(), 7u);
  for (const Sentence& sentence : index.sentences()) {
    const std::span<const Token> expected = index.tokens_between(sentence.begin, sentence.end);
    EXPECT_EQ(sentence.tokens.data(), expected.data()) << sentence.begin << "-" << sentence.end;
    EXPECT_EQ(sentence.tokens.size(), expected.size()) << sentence.begin << "-" << sentence.end;
  }
  EXPECT_EQ(index.sentences()[0].tokens.size(), 3u);  // aa bb cc
  EXPECT_EQ(index.sentences()[1].tokens.size(), 2u);  // inside aa to inside bb
  EXPECT_TRUE(index.sentences()[2].tokens.empty());   // the space between aa and bb
  EXPECT_EQ(index.sentences()[3].tokens.size(), 4u);  // bb to ee
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
