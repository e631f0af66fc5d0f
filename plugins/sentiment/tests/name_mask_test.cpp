#include "name_mask.hpp"

#include <gtest/gtest.h>

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
