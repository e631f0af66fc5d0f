// The memo of recent words: it answers as the lists do, and forgets when they change.
#include "word_cache.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::sentiment {
namespace {

TEST(WordCache, AnswersAsFoldingAndLookingUpWould) {
  WordLists lists;
  lists.add_lexicon("bello\t2\ncittà\t1\n", "lexicon");
  WordCache cache(lists);
  for (int round = 0; round < 2; ++round) {  // a miss, then a hit
    const WordCache::Entry bello = cache.lookup("BELLO");
    EXPECT_EQ(bello.folded, "bello");
    ASSERT_NE(bello.entry, nullptr);
    EXPECT_EQ(bello.entry->valence, 2.0F);
    EXPECT_TRUE(bello.entry->in_lexicon);
    EXPECT_EQ(cache.lookup("Città").folded, "città");
    EXPECT_EQ(cache.lookup("brutto").entry, nullptr);
  }
}

TEST(WordCache, WordsSharingASlotAndLongWordsKeepTheirOwnAnswers) {
  WordLists lists;
  lists.add_lexicon("w7\t1\n", "lexicon");
  WordCache cache(lists);
  for (int i = 0; i < 10000; ++i) {
    const std::string word = "W" + std::to_string(i);
    EXPECT_EQ(cache.lookup(word).folded, "w" + std::to_string(i));
  }
  EXPECT_NE(cache.lookup("W7").entry, nullptr);
  const std::string longest(40, 'A');
  EXPECT_EQ(cache.lookup(longest).folded, std::string(40, 'a'));
  EXPECT_EQ(cache.lookup("STRASSE").folded, "strasse");
}

TEST(WordCache, AThreadsCacheIsRenewedWhenItsListsChange) {
  WordLists lists;
  lists.add_lexicon("bello\t2\n", "lexicon");
  EXPECT_EQ(WordCache::for_lists(lists).lookup("nuovo").entry, nullptr);
  const std::uint64_t before = lists.version();
  lists.add_lexicon("nuovo\t1\n", "more");
  EXPECT_NE(lists.version(), before);
  EXPECT_NE(WordCache::for_lists(lists).lookup("nuovo").entry, nullptr);
  EXPECT_EQ(&WordCache::for_lists(lists), &WordCache::for_lists(lists));
}

TEST(WordCache, AThreadKeepsOneCachePerListsItMeets) {
  WordLists italian;
  italian.add_lexicon("bello\t2\n", "lexicon");
  WordLists english;
  english.add_lexicon("nice\t2\n", "lexicon");
  EXPECT_NE(WordCache::for_lists(italian).lookup("bello").entry, nullptr);
  EXPECT_EQ(WordCache::for_lists(english).lookup("bello").entry, nullptr);
  EXPECT_EQ(&WordCache::for_lists(italian).lists(), &italian);
  EXPECT_EQ(&WordCache::for_lists(english).lists(), &english);
}

}  // namespace
}  // namespace strata::sentiment
