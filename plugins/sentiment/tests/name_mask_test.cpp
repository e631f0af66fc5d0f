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

TEST(NameMask, NamesReadAsNeutralWords) {
  Document document("d", "Putin vola a Mosca");
  Layer& entities = document.add_layer("entities");
  entities.add(0, 5, "PER");
  entities.add(13, 18, "LOC");
  entities.add(6, 10, "DATE");  // not a name
  const std::vector<Token> tokens = tokens_of(document);
  std::vector<Token> buffer;
  const std::span<const Token> masked = NameMask(document).apply(tokens, buffer);
  ASSERT_EQ(masked.size(), 4u);
  EXPECT_NE(masked[0].text, "Putin");
  EXPECT_EQ(masked[1].text, "vola");
  EXPECT_EQ(masked[2].text, "a");
  EXPECT_NE(masked[3].text, "Mosca");
  EXPECT_EQ(masked[3].begin, 13u);  // only the text changes
}

TEST(NameMask, WordsBecomeNamesAndPunctuationAStandIn) {
  Document document("d", "Yahoo! vola");
  document.add_layer("entities").add(0, 6, "ORG");
  const std::vector<Token> tokens = {
      {0, 5, 0, "Yahoo", "word"}, {5, 6, 1, "!", "punct"}, {7, 11, 2, "vola", "word"}};
  std::vector<Token> buffer;
  const std::span<const Token> masked = NameMask(document).apply(tokens, buffer);
  ASSERT_EQ(masked.size(), 3u);
  EXPECT_EQ(masked[0].kind, NameMask::kNameKind);
  EXPECT_EQ(masked[1].kind, "punct");
  EXPECT_NE(masked[1].text, "!");
  EXPECT_EQ(masked[2].kind, "word");
  EXPECT_EQ(masked[2].text, "vola");
}

// Every token of a sentence is masked exactly when the last name that begins at or before it
// ends at or after it, whichever sentence of the document is asked about, with names that nest,
// touch and overlap.
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
  for (std::size_t first = 0; first < tokens.size(); first += 7) {
    const std::size_t count = std::min<std::size_t>(7, tokens.size() - first);
    const std::span<const Token> sentence(tokens.data() + first, count);
    std::vector<Token> buffer;
    const std::span<const Token> masked = mask.apply(sentence, buffer);
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

TEST(NameMask, FindingAnotherDocumentsNamesForgetsTheLast) {
  Document with_names("d", "Putin vola a Mosca");
  with_names.add_layer("entities").add(0, 5, "PER");
  Document without("e", "Putin vola a Mosca");
  Document other_names("f", "Putin vola a Mosca");
  other_names.add_layer("entities").add(13, 18, "LOC");
  NameMask mask(with_names);
  std::vector<Token> buffer;
  const std::vector<Token> tokens = tokens_of(without);
  EXPECT_NE(mask.apply(tokens, buffer)[0].text, "Putin");
  mask.find(without);
  EXPECT_EQ(mask.apply(tokens, buffer).data(), tokens.data());
  mask.find(other_names);
  const std::span<const Token> masked = mask.apply(tokens, buffer);
  EXPECT_EQ(masked[0].text, "Putin");
  EXPECT_NE(masked[3].text, "Mosca");
}

TEST(NameMask, WithoutEntitiesTheTokensStay) {
  Document document("d", "Putin vola a Mosca");
  const std::vector<Token> tokens = tokens_of(document);
  std::vector<Token> buffer;
  const std::span<const Token> same = NameMask(document).apply(tokens, buffer);
  EXPECT_EQ(same.data(), tokens.data());
  EXPECT_TRUE(buffer.empty());
}

}  // namespace
}  // namespace strata::sentiment
