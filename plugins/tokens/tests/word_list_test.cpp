#include "word_list.hpp"

#include <gtest/gtest.h>

namespace strata::tokens {
namespace {

TEST(WordList, ComparesWithoutCase) {
  const WordList list({"the", "Perché", "dell'"});
  EXPECT_TRUE(list.contains("THE"));
  EXPECT_TRUE(list.contains("The"));
  EXPECT_TRUE(list.contains("PERCHÉ"));
  EXPECT_TRUE(list.contains("perché"));
  EXPECT_FALSE(list.contains("then"));
  EXPECT_EQ(list.size(), 3u);
}

TEST(WordList, TypographicApostropheMatchesTheAsciiOne) {
  const WordList list({"dell'", "l\u2019"});
  EXPECT_TRUE(list.contains("Dell\u2019"));
  EXPECT_TRUE(list.contains("l'"));
}

TEST(WordList, LongWordsAreFoldedToo) {
  const WordList list({"precipitevolissimevolmente"});
  EXPECT_TRUE(list.contains("PRECIPITEVOLISSIMEVOLMENTE"));
}

}  // namespace
}  // namespace strata::tokens
