// Reading lexicons and rule files, and the lookups the engine makes.
#include "word_lists.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::sentiment {
namespace {

TEST(WordLists, ALexiconLineGivesAFoldedWordItsValence) {
  WordLists lists;
  lists.add_lexicon("# mine\nBello\t2.5\nmale\t-1\n", "mine.txt");
  ASSERT_NE(lists.find("bello"), nullptr);
  EXPECT_TRUE(lists.find("bello")->in_lexicon);
  EXPECT_FLOAT_EQ(lists.find("male")->valence, -1.0F);
  EXPECT_EQ(lists.find("Bello"), nullptr);  // lookups take folded words
}

TEST(WordLists, ABadLexiconLineNamesFileAndLine) {
  WordLists lists;
  // from_chars reads "nan" and "inf": a NaN valence had made every score of a sentence null.
  for (const std::string_view bad : {"bello\n", "bello\tmolto\n", "bello\t5\n", "\t1\n",
                                     "bello\tnan\n", "bello\t-NaN\n", "bello\tinf\n"}) {
    try {
      lists.add_lexicon(std::string("ok\t1\n") + std::string(bad), "mine.txt");
      FAIL() << bad;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("mine.txt:2: "), std::string::npos) << e.what();
    }
  }
}

TEST(WordLists, ALexiconStartingWithAByteOrderMarkGivesItsFirstWordItsValence) {
  WordLists lists;
  lists.add_lexicon(std::string("\xEF\xBB\xBF") + "bello\t2.5\n", "mine.txt");
  ASSERT_NE(lists.find("bello"), nullptr);
  EXPECT_FLOAT_EQ(lists.find("bello")->valence, 2.5F);
}

TEST(WordLists, AMultiwordLexiconEntryNamesFileAndLine) {
  // The text is looked up a word at a time: "molto bello" would never be found.
  for (const std::string_view bad : {"molto bello\t-3\n", "molto\tbello\t-3\n"}) {
    WordLists lists;
    try {
      lists.add_lexicon(std::string("# mine\n") + std::string(bad), "mine.txt");
      FAIL() << bad;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("mine.txt:2: a lexicon entry is one word"),
                std::string::npos)
          << e.what();
    }
  }
}

TEST(WordLists, ARuleNumberOutsideTheScaleNamesFileAndLine) {
  for (const std::string_view bad : {"[boosters]\nmolto\tnan\n", "[boosters]\nun po'\t-inf\n",
                                     "[idioms]\nkiss of death\tNaN\n", "[boosters]\nmolto\t9\n"}) {
    WordLists lists;
    try {
      lists.add_rules(bad, "rules.txt");
      FAIL() << bad;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("rules.txt:2: "), std::string::npos) << e.what();
    }
  }
}

TEST(WordLists, PhraseWordsKnowTheirPlaces) {
  WordLists lists;
  lists.add_rules("[boosters]\nkind of\t0.293\n[idioms]\nkiss of death\t-1.5\na b c d\t1\n",
                  "rules.txt");
  EXPECT_EQ(lists.find("of")->phrase_places,
            WordEntry::place_bit(2, 1) | WordEntry::place_bit(3, 1));
  EXPECT_EQ(lists.find("kiss")->phrase_places, WordEntry::place_bit(3, 0));
  EXPECT_EQ(lists.find("death")->phrase_places, WordEntry::place_bit(3, 2));
  EXPECT_TRUE(lists.find("d")->in_phrase);  // four words: in a phrase, at no place the rules read
  EXPECT_EQ(lists.find("d")->phrase_places, 0);
}

TEST(WordLists, RulesMarkTheirWords) {
  WordLists lists;
  lists.add_rules(
      "[negators]\nnon\n[negator-suffixes]\nn't\n[boosters]\nmolto\t0.293\n"
      "un po'\t-0.293\n[contrast]\nma\n[clitics]\nmi\n[idioms]\nbus stop\t0\n",
      "rules.txt");
  EXPECT_TRUE(lists.negates("non", lists.find("non")));
  EXPECT_TRUE(lists.negates("don't", nullptr));
  EXPECT_FALSE(lists.negates("molto", lists.find("molto")));
  EXPECT_FLOAT_EQ(lists.find("molto")->booster, 0.293F);
  EXPECT_EQ(lists.phrase_booster("un po'"), -0.293F);
  EXPECT_TRUE(lists.find("po'")->in_phrase);
  EXPECT_TRUE(lists.find("ma")->contrast);
  EXPECT_TRUE(lists.find("mi")->skipped_in_window);
  lists.add_rules("[articles]\nun\n", "rules.txt");
  EXPECT_TRUE(lists.find("un")->skipped_in_window);
  lists.add_rules("[negation-reinforcers]\naffatto\n", "rules.txt");
  EXPECT_TRUE(lists.find("affatto")->reinforces_negation);
  EXPECT_FALSE(lists.find("affatto")->negator);
  lists.add_rules("[verb-senses]\nLike\n[verb-openers]\nI'd\n[verb-adverbs]\njust\n", "rules.txt");
  EXPECT_TRUE(lists.find("like")->verb_sense);
  EXPECT_FALSE(lists.find("like")->verb_opener);
  EXPECT_TRUE(lists.find("i'd")->verb_opener);
  EXPECT_TRUE(lists.find("just")->verb_adverb);
  EXPECT_FALSE(lists.find("just")->verb_opener);
  EXPECT_EQ(lists.idiom("bus stop"), 0.0F);
  EXPECT_TRUE(lists.find("stop")->ends_idiom);
  EXPECT_FALSE(lists.find("bus")->ends_idiom);
  EXPECT_FALSE(lists.find("po'")->ends_idiom);  // a booster phrase's end has no valence
  EXPECT_EQ(lists.idiom("un po'"), std::nullopt);
  EXPECT_EQ(lists.find("po'")->phrase_places, WordEntry::place_bit(2, 1));
  EXPECT_EQ(lists.find("un")->phrase_places, WordEntry::place_bit(2, 0));
  EXPECT_THROW(lists.add_rules("[colours]\nred\n", "rules.txt"), Error);
  EXPECT_THROW(lists.add_rules("[boosters]\nmolto\n", "rules.txt"), Error);
  EXPECT_FALSE(lists.negation_ends_at_sentiment_word());
  lists.add_rules("[negation-scope]\nends-at-a-sentiment-word\n", "rules.txt");
  EXPECT_TRUE(lists.negation_ends_at_sentiment_word());
  lists.add_rules("[n-words]\nmai\n", "rules.txt");
  EXPECT_TRUE(lists.find("mai")->n_word);
  EXPECT_THROW(lists.add_rules("[negation-scope]\nthree words\n", "rules.txt"), Error);
}

TEST(WordLists, OnlyAWordBeginningLikeAContrastWordMayBeOne) {
  WordLists lists;
  lists.add_rules("[contrast]\nma\nPerò\n", "rules.txt");
  for (const std::string_view word : {"ma", "MA", "Mario", "però", "Pero", "È", "\xE2\x80\x99"}) {
    EXPECT_TRUE(lists.may_be_contrast(word)) << word;  // outside ASCII, anything may fold to one
  }
  for (const std::string_view word : {"Rossi", "bravo", "3", ",", ""}) {
    EXPECT_FALSE(lists.may_be_contrast(word)) << word;
  }
}

TEST(WordLists, ASuperlativeTakesItsBasesValence) {
  WordLists lists;
  lists.add_lexicon("bello\t3\ngrande\t1\nricco\t2\n", "lexicon");
  lists.add_rules("[superlatives]\nissimo\to e\nissime\te i\n", "rules");
  EXPECT_EQ(lists.superlative_base("bellissimo"), 3.0F);
  EXPECT_EQ(lists.superlative_base("grandissimo"), 1.0F);
  EXPECT_EQ(lists.superlative_base("ricchissimo"), 2.0F);
  EXPECT_EQ(lists.superlative_base("bellissime"), std::nullopt);  // no "belle" here
  EXPECT_EQ(lists.superlative_base("brutissimo"), std::nullopt);
  // A base listed at 0 has no valence to give: "altrissimo" is no raised "altro".
  lists.add_lexicon("altro\t0\n", "corrections");
  EXPECT_EQ(lists.superlative_base("altrissimo"), std::nullopt);
}

}  // namespace
}  // namespace strata::sentiment
