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

TEST(WordList, FindsEveryWordOfALongListAndNothingElse) {
  std::vector<std::string> words;
  for (int i = 0; i < 1000; ++i) words.push_back("w" + std::to_string(i));
  const WordList list(words);
  EXPECT_EQ(list.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_TRUE(list.contains("W" + std::to_string(i))) << i;
  for (int i = 1000; i < 2000; ++i) EXPECT_FALSE(list.contains("w" + std::to_string(i))) << i;
  EXPECT_FALSE(list.contains(""));
}

TEST(WordList, AnEmptyListHasNothing) {
  const WordList list;
  EXPECT_FALSE(list.contains("the"));
  EXPECT_EQ(list.tags("the"), 0);
}

TEST(WordList, TagsSayWhichListsAWordCameFrom) {
  const WordList italian({"il", "a", "in"});
  const WordList english({"the", "a", "IN"});
  WordList both;
  both.add_all(italian, 1);
  both.add_all(english, 2);
  EXPECT_EQ(both.tags("Il"), 1);
  EXPECT_EQ(both.tags("the"), 2);
  EXPECT_EQ(both.tags("in"), 3);
  EXPECT_EQ(both.tags("a"), 3);
  EXPECT_EQ(both.tags("un"), 0);
  EXPECT_EQ(both.size(), 4u);

  WordList copy;
  copy.add_all(both);  // keeps the tags
  EXPECT_EQ(copy.tags("the"), 2);
  EXPECT_EQ(italian.tags("il"), WordList::kListed);
}

}  // namespace
}  // namespace strata::tokens
