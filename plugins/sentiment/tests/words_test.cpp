// A sentence's tokens as the engine's words.
#include "words.hpp"

#include <gtest/gtest.h>

#include "name_mask.hpp"

namespace strata::sentiment {
namespace {

// Tokens over `text` cut at the given [begin, end) pairs with their kinds.
std::vector<Token> tokens_of(std::string_view text,
                             std::vector<std::tuple<Offset, Offset, std::string_view>> cuts) {
  std::vector<Token> tokens;
  for (const auto& [begin, end, kind] : cuts) {
    tokens.push_back({begin, end, static_cast<AnnotationId>(tokens.size()),
                      text.substr(begin, end - begin), kind});
  }
  return tokens;
}

std::vector<std::string> folded(const Words& words) {
  std::vector<std::string> out;
  for (const Word& word : words.list()) out.push_back(std::string(word.folded));
  return out;
}

TEST(Words, PunctuationIsLeftOutAndCliticsJoinTheirWord) {
  WordLists lists;
  lists.add_lexicon("like\t2\n", "lexicon");
  const std::string_view text = "I don't LIKE it.";
  const auto tokens = tokens_of(text, {{0, 1, "word"},
                                       {2, 4, "word"},
                                       {4, 7, "word"},
                                       {8, 12, "word"},
                                       {13, 15, "word"},
                                       {15, 16, "punct"}});
  const Words words = words_of(tokens, lists);
  EXPECT_EQ(folded(words), (std::vector<std::string>{"i", "don't", "like", "it"}));
  EXPECT_TRUE(words[2].all_caps);
  EXPECT_TRUE(words[2].in_lexicon());
  EXPECT_FALSE(words[1].all_caps);
}

// Words are looked up once the sentence is folded: a joined word by its whole form, not by the
// form before the clitic joined it.
TEST(Words, AJoinedWordIsLookedUpWhole) {
  WordLists lists;
  lists.add_lexicon("can\t1\nwon't\t-1\n's\t3\n", "lexicon");
  const std::string_view text = "can't won't 2's";
  const auto tokens = tokens_of(text, {{0, 2, "word"},
                                       {2, 5, "word"},
                                       {6, 8, "word"},
                                       {8, 11, "word"},
                                       {12, 13, "number"},
                                       {13, 15, "word"}});
  const Words words = words_of(tokens, lists);
  EXPECT_EQ(folded(words), (std::vector<std::string>{"can't", "won't", "'s"}));
  EXPECT_FALSE(words[0].in_lexicon());  // "can" is, "can't" is not
  EXPECT_TRUE(words[1].in_lexicon());
  EXPECT_EQ(words[1].entry.valence, -1.0F);
  EXPECT_TRUE(words[2].in_lexicon());  // after a number, the clitic alone
  EXPECT_EQ(words[2].entry.valence, 3.0F);
}

TEST(Words, AnEmoticonOfTheLexiconIsAWord) {
  WordLists lists;
  lists.add_lexicon(":)\t2\n", "lexicon");
  const std::string_view text = "ok :) , :(";
  const auto tokens = tokens_of(text, {{0, 2, "word"},
                                       {3, 4, "punct"},
                                       {4, 5, "punct"},
                                       {6, 7, "punct"},
                                       {8, 9, "punct"},
                                       {9, 10, "punct"}});
  EXPECT_EQ(folded(words_of(tokens, lists)), (std::vector<std::string>{"ok", ":)"}));
  // Listed at 0, it is taken out of the lexicon: punctuation again, no neutral word.
  lists.add_lexicon(":)\t0\n", "mine");
  EXPECT_EQ(folded(words_of(tokens, lists)), (std::vector<std::string>{"ok"}));
}

// The tokenizer cuts ":D" into ':' and 'D', and "<3" into '<' and '3'.
TEST(Words, AnEmoticonTakesTheLetterOrDigitThatEndsIt) {
  WordLists lists;
  lists.add_lexicon(":D\t2\n<3\t2\n", "lexicon");
  const std::string_view text = "ok :D <3 vedi:A";
  const auto tokens = tokens_of(text, {{0, 2, "word"},
                                       {3, 4, "punct"},
                                       {4, 5, "word"},
                                       {6, 7, "symbol"},
                                       {7, 8, "number"},
                                       {9, 13, "word"},
                                       {13, 14, "punct"},
                                       {14, 15, "word"}});
  const Words words = words_of(tokens, lists);
  EXPECT_EQ(folded(words), (std::vector<std::string>{"ok", ":d", "<3", "vedi", "a"}));
  EXPECT_TRUE(words[1].in_lexicon());
  EXPECT_TRUE(words[2].in_lexicon());
  EXPECT_EQ(words.first_tokens()[3], 5U);
}

TEST(Words, AFaceWithItsLastMarkRepeatedIsTheFace) {
  WordLists lists;
  lists.add_lexicon(":)\t2\n:-(\t-2\n", "lexicon");
  const std::string_view text = ":))) :-((( !!! ))";
  std::vector<std::tuple<Offset, Offset, std::string_view>> cuts;
  for (Offset at = 0; at < text.size(); ++at) {
    if (text[at] != ' ') cuts.emplace_back(at, at + 1, "punct");
  }
  const Words words = words_of(tokens_of(text, cuts), lists);
  ASSERT_EQ(folded(words), (std::vector<std::string>{":)", ":-("}));
  EXPECT_EQ(words[1].entry.valence, -2.0F);
}

// Punctuation inside a name is masked like the rest of it: the masked tokens' text is a
// stand-in, not the document's, so no run is read through it (it used to be read from the
// stand-in with the run's length in the document, past its end for a long run).
TEST(Words, MaskedPunctuationMakesNoRun) {
  WordLists lists;
  lists.add_lexicon(":)\t2\nst\t2\n", "lexicon");
  Document document("d", "Yahoo :) ok :)");
  document.add_layer("entities").add(0, 8, "ORG");
  const auto tokens = tokens_of(document.text(), {{0, 5, "word"},
                                                  {6, 7, "punct"},
                                                  {7, 8, "punct"},
                                                  {9, 11, "word"},
                                                  {12, 13, "punct"},
                                                  {13, 14, "punct"}});
  std::vector<Token> masked = tokens;
  NameMask(document).mask(masked, lists);
  // The name is one neutral word, its ":)" no emoticon.
  EXPECT_EQ(folded(words_of(masked, lists)), (std::vector<std::string>{"", "ok", ":)"}));
}

TEST(Words, NumbersAndAddressesAreNeutralWords) {
  WordLists lists;
  lists.add_lexicon("2\t1\n", "lexicon");
  const std::string_view text = "2 www.x.it";
  const auto tokens = tokens_of(text, {{0, 1, "number"}, {2, 10, "url"}});
  const Words words = words_of(tokens, lists);
  ASSERT_EQ(words.size(), 2U);
  EXPECT_FALSE(words[0].in_lexicon());
  EXPECT_FALSE(words[1].in_lexicon());
}

TEST(Words, WordsOutsideAsciiAreFoldedAndLookedUpToo) {
  WordLists lists;
  lists.add_lexicon("città\t1\nstraße\t2\n", "lexicon");
  const std::string_view text = "CITTÀ Straße ok";
  const auto tokens = tokens_of(text, {{0, 6, "word"}, {7, 14, "word"}, {15, 17, "word"}});
  const Words words = words_of(tokens, lists);
  EXPECT_EQ(folded(words), (std::vector<std::string>{"città", "strasse", "ok"}));
  EXPECT_TRUE(words[0].in_lexicon());
  EXPECT_TRUE(words[0].all_caps);
  EXPECT_TRUE(words[1].in_lexicon());  // the lexicon folds its "straße" alike
}

TEST(Words, LongWordsAreFoldedAndLookedUpWhole) {
  // Longer than the 8 bytes folded at a time: capitals in every chunk, and in the last alone.
  WordLists lists;
  lists.add_lexicon("straordinariamente\t2\nbellissimo\t3\n", "lexicon");
  const std::string_view text = "STRAORDINARIAMENTE bellissimO";
  const auto tokens = tokens_of(text, {{0, 18, "word"}, {19, 29, "word"}});
  const Words words = words_of(tokens, lists);
  EXPECT_EQ(folded(words), (std::vector<std::string>{"straordinariamente", "bellissimo"}));
  EXPECT_TRUE(words[0].in_lexicon());
  EXPECT_TRUE(words[0].all_caps);
  EXPECT_TRUE(words[1].in_lexicon());
  EXPECT_FALSE(words[1].all_caps);
}

TEST(Words, FoldingLowersOnlyCapitalLettersAndReadsCapitalsInEveryChunk) {
  // The bytes on each side of A-Z and a-z stay as they are and are no letters. A word is in
  // capitals when it has capital letters and no small ones, wherever in its chunks they are.
  WordLists lists;
  const std::string_view text = "A@Z[`a{z 123 ABCDEFGH12 bellissiMO 12345678Z @[`{ Z";
  const auto tokens = tokens_of(text, {{0, 8, "word"},
                                       {9, 12, "word"},
                                       {13, 23, "word"},
                                       {24, 34, "word"},
                                       {35, 44, "word"},
                                       {45, 49, "word"},
                                       {50, 51, "word"}});
  const Words words = words_of(tokens, lists);
  EXPECT_EQ(folded(words), (std::vector<std::string>{"a@z[`a{z", "123", "abcdefgh12", "bellissimo",
                                                     "12345678z", "@[`{", "z"}));
  const std::vector<bool> expected_caps = {false, false, true, false, true, false, true};
  for (std::size_t i = 0; i < expected_caps.size(); ++i) {
    EXPECT_EQ(words[i].all_caps, expected_caps[i]) << words[i].folded;
    EXPECT_EQ(words[i].all_caps, is_all_caps(tokens[i].text)) << words[i].folded;
  }
}

TEST(Words, OneWordsHoldsASentenceAfterAnother) {
  WordLists lists;
  lists.add_lexicon("like\t2\n", "lexicon");
  const std::string_view text = "I like it";
  Words words;
  words_of(tokens_of(text, {{0, 1, "word"}, {2, 6, "word"}, {7, 9, "word"}}), lists, words);
  words_of(tokens_of(text, {{2, 6, "word"}}), lists, words);
  EXPECT_EQ(folded(words), (std::vector<std::string>{"like"}));
  EXPECT_TRUE(words[0].in_lexicon());
}

TEST(Words, CapitalsNeedCapitalLettersAndNoSmallOnes) {
  EXPECT_TRUE(is_all_caps("GREAT"));
  EXPECT_TRUE(is_all_caps("N'T"));
  EXPECT_FALSE(is_all_caps("Great"));
  EXPECT_FALSE(is_all_caps("2024"));
  EXPECT_TRUE(is_all_caps("CITTÀ"));
  // Capitals outside ASCII count as VADER's str.isupper counts them.
  EXPECT_TRUE(is_all_caps("È"));
  EXPECT_TRUE(is_all_caps("ÉLAN"));
  EXPECT_FALSE(is_all_caps("è"));
  EXPECT_FALSE(is_all_caps("CITTà"));
  EXPECT_FALSE(is_all_caps("ǅ"));  // a titlecase letter
  EXPECT_FALSE(is_all_caps("€"));
}

}  // namespace
}  // namespace strata::sentiment
