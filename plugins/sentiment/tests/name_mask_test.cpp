#include "name_mask.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace strata::sentiment {
namespace {

// "Putin vola a Mosca": tokens by hand, as the tokens plugin would give them.
std::vector<Token> tokens_of(const Document& document) {
  std::vector<Token> tokens;
  const std::string& text = document.text();
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    tokens.push_back({static_cast<Offset>(at), static_cast<Offset>(end), 0,
                      std::string_view(text).substr(at, end - at), "word"});
    at = end + 1;
  }
  return tokens;
}

// Lists with one title before names.
const WordLists& titles() {
  static const WordLists lists = [] {
    WordLists made;
    made.add_rules("[name-titles]\njustice\n", "rules");
    return made;
  }();
  return lists;
}

// A copy of `tokens` with `mask` applied.
std::vector<Token> masked_copy(const NameMask& mask, std::span<const Token> tokens) {
  std::vector<Token> copy(tokens.begin(), tokens.end());
  mask.mask(copy, titles());
  return copy;
}

TEST(NameMask, NamesReadAsNeutralWords) {
  Document document("d", "Putin vola a Mosca");
  Layer& entities = document.add_layer("entities");
  entities.add(0, 5, "PER");
  entities.add(13, 18, "LOC");
  entities.add(6, 10, "DATE");  // not a name
  const std::vector<Token> tokens = tokens_of(document);
  const std::vector<Token> masked = masked_copy(NameMask(document), tokens);
  ASSERT_EQ(masked.size(), 4u);
  EXPECT_NE(masked[0].text, "Putin");
  EXPECT_EQ(masked[1].text, "vola");
  EXPECT_EQ(masked[2].text, "a");
  EXPECT_NE(masked[3].text, "Mosca");
  EXPECT_EQ(masked[3].begin, 13u);  // only the text changes
}

// A title right before a person's name is part of how the person is called ("Justice Kagan"),
// not praise; before a place, or with a word between, it stays.
TEST(NameMask, ATitleBeforeAPersonIsMaskedWithTheName) {
  Document document("d", "Justice Kagan wrote Justice for Justice Rome");
  Layer& entities = document.add_layer("entities");
  entities.add(8, 13, "PER");
  entities.add(40, 44, "LOC");
  const std::vector<Token> masked = masked_copy(NameMask(document), tokens_of(document));
  ASSERT_EQ(masked.size(), 7u);
  EXPECT_EQ(masked[0].kind, NameMask::kNameKind);
  EXPECT_EQ(masked[1].kind, NameMask::kNameKind);
  EXPECT_EQ(masked[3].text, "Justice");
  EXPECT_EQ(masked[5].text, "Justice");
  EXPECT_EQ(masked[6].kind, NameMask::kNameKind);
}

TEST(NameMask, WordsBecomeNamesAndPunctuationAStandIn) {
  Document document("d", "Yahoo! vola");
  document.add_layer("entities").add(0, 6, "ORG");
  const std::vector<Token> tokens = {
      {0, 5, 0, "Yahoo", "word"}, {5, 6, 1, "!", "punct"}, {7, 11, 2, "vola", "word"}};
  const std::vector<Token> masked = masked_copy(NameMask(document), tokens);
  ASSERT_EQ(masked.size(), 3u);
  EXPECT_EQ(masked[0].kind, NameMask::kNameKind);
  EXPECT_EQ(masked[1].kind, "punct");
  EXPECT_NE(masked[1].text, "!");
  EXPECT_EQ(masked[2].kind, "word");
  EXPECT_EQ(masked[2].text, "vola");
}

// Every token is masked exactly when the last name that begins at or before it ends at or after
// it, in the whole document and in any stretch of it (sentences of 7 tokens here), with names that
// nest, touch and overlap, and tokens between names.
TEST(NameMask, EachTokenIsMaskedByTheLastNameBeginningAtOrBeforeIt) {
  const std::string text(60, 'x');
  Document document("d", text);
  Layer& entities = document.add_layer("entities");
  const std::vector<std::pair<Offset, Offset>> names = {{2, 9},   {4, 6},   {9, 12},  {20, 40},
                                                        {21, 23}, {30, 31}, {45, 50}, {48, 55}};
  for (const auto& [begin, end] : names) entities.add(begin, end, "PER");
  std::vector<Token> tokens;
  for (Offset at = 0; at + 2 <= text.size(); at += 2) {
    tokens.push_back({at, at + 2, at / 2, std::string_view(document.text()).substr(at, 2), "word"});
  }
  const NameMask mask(document);
  for (const std::size_t length : {std::size_t{7}, tokens.size()}) {
    for (std::size_t first = 0; first < tokens.size(); first += length) {
      const std::size_t count = std::min<std::size_t>(length, tokens.size() - first);
      const std::span<const Token> sentence(tokens.data() + first, count);
      const std::vector<Token> masked = masked_copy(mask, sentence);
      for (std::size_t i = 0; i < count; ++i) {
        const Token& token = sentence[i];
        std::optional<std::pair<Offset, Offset>> last;
        for (const auto& name : names) {
          if (name.first <= token.begin) last = name;
        }
        const bool expected = last && token.end <= last->second;
        EXPECT_EQ(masked[i].kind == NameMask::kNameKind, expected) << "token at " << token.begin;
      }
    }
  }
}

TEST(NameMask, FindingAnotherDocumentsNamesForgetsTheLast) {
  Document with_names("d", "Putin vola a Mosca");
  with_names.add_layer("entities").add(0, 5, "PER");
  Document without("e", "Putin vola a Mosca");
  Document other_names("f", "Putin vola a Mosca");
  other_names.add_layer("entities").add(13, 18, "LOC");
  NameMask mask(with_names);
  const std::vector<Token> tokens = tokens_of(without);
  EXPECT_NE(masked_copy(mask, tokens)[0].text, "Putin");
  mask.find(without);
  EXPECT_TRUE(mask.empty());
  EXPECT_EQ(masked_copy(mask, tokens)[0].text, "Putin");
  mask.find(other_names);
  const std::vector<Token> masked = masked_copy(mask, tokens);
  EXPECT_EQ(masked[0].text, "Putin");
  EXPECT_NE(masked[3].text, "Mosca");
}

TEST(NameMask, WithoutEntitiesTheTokensStay) {
  Document document("d", "Putin vola a Mosca");
  const std::vector<Token> tokens = tokens_of(document);
  const NameMask mask(document);
  EXPECT_TRUE(mask.empty());
  const std::vector<Token> same = masked_copy(mask, tokens);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(same[i].text.data(), tokens[i].text.data());
    EXPECT_EQ(same[i].kind, tokens[i].kind);
  }
}

}  // namespace
}  // namespace strata::sentiment
