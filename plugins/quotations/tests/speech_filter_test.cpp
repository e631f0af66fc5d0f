#include "speech_filter.hpp"

#include <gtest/gtest.h>

namespace strata::quotations {
namespace {

QuotedText text(std::size_t words, std::size_t capitalised, Pattern pattern,
                bool title_before = false, bool opens_sentence = false) {
  return {words, capitalised, title_before, opens_sentence, capitalised > 0, false, pattern};
}

TEST(SpeechFilter, ACueMakesEvenShortSpansSpeech) {
  EXPECT_TRUE(is_speech(text(3, 0, Pattern::before_quote), 4));
  EXPECT_TRUE(is_speech(text(1, 0, Pattern::colon), 4));
  EXPECT_FALSE(is_speech(text(3, 0, Pattern::nearest), 4));  // a scare quote
  EXPECT_FALSE(is_speech(text(1, 0, Pattern::none), 4));
}

TEST(SpeechFilter, LongSpansAreSpeechUnlessTitles) {
  EXPECT_TRUE(is_speech(text(8, 1, Pattern::inherited), 4));
  EXPECT_FALSE(is_speech(text(4, 4, Pattern::none), 4));               // Title Case: a title
  EXPECT_FALSE(is_speech(text(8, 1, Pattern::after_quote, true), 4));  // "il film «...»"
  EXPECT_FALSE(is_speech(text(0, 0, Pattern::after_quote), 4));
}

TEST(SpeechFilter, ALineOfDialogueIsSpeechWhateverItsLength) {
  EXPECT_TRUE(is_speech(text(1, 1, Pattern::none, false, true), 6));
  EXPECT_FALSE(is_speech(text(1, 1, Pattern::none, true, true), 6));  // still not a title
}

TEST(SpeechFilter, AShortCapitalisedSpanInASentenceIsAName) {
  EXPECT_FALSE(is_speech(text(2, 2, Pattern::before_quote), 6));  // la «Umana Solidarietà»
  EXPECT_TRUE(is_speech(text(2, 0, Pattern::before_quote), 6));   // al «livello di alleanza»
  QuotedText sentence = text(4, 1, Pattern::colon);               // ha detto: «Siamo pronti»
  sentence.reads_as_sentence = true;
  EXPECT_TRUE(is_speech(sentence, 6));
}

TEST(SpeechFilter, MinWordsIsTheThreshold) {
  EXPECT_TRUE(is_speech(text(2, 0, Pattern::none), 2));
  EXPECT_FALSE(is_speech(text(2, 0, Pattern::none), 3));
}

}  // namespace
}  // namespace strata::quotations
