// Multiword boosters and idioms found over a sentence's words.
#include "booster_phrases.hpp"

#include <gtest/gtest.h>

#include "test_lists.hpp"

namespace strata::sentiment {
namespace {

using testing::shipped_lists;
using testing::split_words;

TEST(BoosterPhrases, AMultiwordBoosterStartsAtItsFirstWordOnly) {
  const WordLists& lists = shipped_lists("en");
  const Words words = split_words("only kind of good", lists);
  EXPECT_FALSE(starts_booster_phrase(words, 0, lists));
  EXPECT_TRUE(starts_booster_phrase(words, 1, lists));
  EXPECT_FALSE(starts_booster_phrase(words, 2, lists));
}

TEST(BoosterPhrases, ABoosterPhraseBeforeAWordLowersItsMagnitude) {
  const WordLists& lists = shipped_lists("it");
  const Words words = split_words("un po' triste", lists);
  EXPECT_NEAR(phrase_booster_change(words, 2, lists, -2.0), 0.293, 1e-6);
  EXPECT_NEAR(phrase_booster_change(words, 2, lists, 2.0), -0.293, 1e-6);
  EXPECT_EQ(phrase_booster_change(words, 1, lists, 2.0), 0.0);
}

TEST(BoosterPhrases, AnIdiomGivesItsValenceToItsLastWord) {
  const WordLists& lists = shipped_lists("en");
  const Words words = split_words("the kiss of death", lists);
  EXPECT_EQ(idiom_valence(words, 0, lists), std::nullopt);
  EXPECT_EQ(idiom_valence(words, 1, lists), 0.0F);
  EXPECT_NEAR(*idiom_valence(words, 3, lists), -1.5F, 1e-6);
}

// Words of phrases in the wrong places ("of kiss", "death of") make none.
TEST(BoosterPhrases, PhraseWordsOutOfPlaceMakeNoPhrase) {
  const WordLists& lists = shipped_lists("en");
  const Words words = split_words("death of kiss of kind", lists);
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_FALSE(starts_booster_phrase(words, i, lists)) << i;
    EXPECT_EQ(idiom_valence(words, i, lists), std::nullopt) << i;
  }
  const Words in_place = split_words("a kiss of death of kind of", lists);
  EXPECT_TRUE(starts_booster_phrase(in_place, 5, lists));
  EXPECT_NE(idiom_valence(in_place, 3, lists), std::nullopt);
}

}  // namespace
}  // namespace strata::sentiment
