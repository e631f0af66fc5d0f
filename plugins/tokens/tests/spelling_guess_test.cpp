#include "spelling_guess.hpp"

#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace strata::tokens {
namespace {

std::string_view guess(std::string_view text) {
  static const SpellingGuess guesser(testing::italian_words(), testing::english_words(),
                                     testing::other_words());
  return guesser.guess(text, testing::other_tokenizer().tokenize(text));
}

// `word ` written `times` times.
std::string repeated(std::string_view word, std::size_t times) {
  std::string text;
  for (std::size_t i = 0; i < times; ++i) (text += word) += ' ';
  return text;
}

TEST(SpellingGuess, ItalianWordsEndInAVowel) {
  EXPECT_EQ(guess("@riotta mario monti subito!"), "it");
  EXPECT_EQ(guess("False illusioni, sgradevoli realtà"), "it");
  EXPECT_EQ(guess("PERCHÉ SUBITO?"), "it");    // a function word scores two
  EXPECT_EQ(guess("dell'anno scorso"), "it");  // so does an elided one
}

TEST(SpellingGuess, EnglishWordsEndInAConsonant) {
  EXPECT_EQ(guess("Neatly constructed thriller."), "en");
  EXPECT_EQ(guess("I love that song."), "en");  // "I" is Italian too, "love" ends in e
  EXPECT_EQ(guess("Happy holidays!"), "en");
}

TEST(SpellingGuess, TooLittleOrMixedEvidenceIsUndetermined) {
  EXPECT_EQ(guess(""), "und");
  EXPECT_EQ(guess("Feeble comedy."), "und");     // one point
  EXPECT_EQ(guess("Mario loves pizza"), "und");  // two against one
  EXPECT_EQ(guess("Ok, go go!"), "und");         // short words say nothing
}

TEST(SpellingGuess, AnotherLanguageLeavesItUndetermined) {
  EXPECT_EQ(guess("Merci pour tout"), "und");
  EXPECT_EQ(guess("Die Regierung plant Steuern und Abgaben."), "und");
  EXPECT_EQ(guess("War never changes"), "en");  // "war" is English too
  EXPECT_EQ(guess("Gracias Mario, muy amable."), "und");
  EXPECT_EQ(guess("Bonito día hermano"), "und");      // an accent inside a word
  EXPECT_EQ(guess("Schöner Abend, Freunde"), "und");  // a letter Italian and English lack
  EXPECT_EQ(guess("Привет всем друзьям"), "und");
}

TEST(SpellingGuess, OtherLanguagesFunctionWordsDoNotHideItalianOrEnglishOnes) {
  // "essa" and "te" are Portuguese and Dutch too; the Italian list wins.
  EXPECT_EQ(guess("essa vince"), "it");
  EXPECT_EQ(guess("te vince"), "it");
}

TEST(SpellingGuess, HashtagsAndUserNamesAreNotEvidence) {
  EXPECT_EQ(guess("Mario Monti subito #Trump #Biden @Obama"), "it");
  EXPECT_EQ(guess("#Italiaresiste #Sarkozy http://t.co/xPtNz4X7"), "und");
}

TEST(SpellingGuess, LongTextsAreLeftUndetermined) {
  EXPECT_EQ(guess(repeated("monti", SpellingGuess::kMaxWords)), "it");
  EXPECT_EQ(guess(repeated("monti", SpellingGuess::kMaxWords + 1)), "und");
}

}  // namespace
}  // namespace strata::tokens
