#include "language_detector.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace strata::tokens {
namespace {

// `piece` written `times` times over.
std::string repeated(std::string_view piece, std::size_t times) {
  std::string text;
  for (std::size_t i = 0; i < times; ++i) text += piece;
  return text;
}

LanguageDetector::Result detect(std::string_view text) {
  static const LanguageDetector detector(testing::italian_words(), testing::english_words());
  return detector.detect(text);
}

TEST(LanguageDetector, ShortItalianTexts) {
  EXPECT_EQ(detect("Il gatto dorme sul divano.").language, "it");
  EXPECT_EQ(detect("Dell'accordo si è parlato ieri.").language, "it");
  EXPECT_EQ(detect("PERCHÉ NON È VENUTO?").language, "it");
}

TEST(LanguageDetector, ShortEnglishTexts) {
  EXPECT_EQ(detect("The cat sleeps on the sofa.").language, "en");
  EXPECT_EQ(detect("Don't worry, it's fine.").language, "en");
}

TEST(LanguageDetector, NoEvidenceIsUndetermined) {
  EXPECT_EQ(detect("").language, "und");
  EXPECT_EQ(detect("Ciao!").language, "und");
  EXPECT_EQ(detect("Pizza, spaghetti, mozzarella.").language, "und");
  EXPECT_EQ(detect("12345 67 89").language, "und");
  // Words of both lists count for neither.
  EXPECT_EQ(detect("a in me").language, "und");
}

TEST(LanguageDetector, MixedEvidenceIsUndetermined) {
  EXPECT_EQ(detect("il gatto e il topo and the dog and the cat").language, "und");
}

TEST(LanguageDetector, ElidedFormsCountAsItalianAndCliticsAsEnglish) {
  const LanguageDetector::Result italian = detect("all'alba dell'anno");
  EXPECT_EQ(italian.italian_hits, 2u);  // "all'" is not English "all"
  EXPECT_EQ(italian.english_hits, 0u);
  const LanguageDetector::Result english = detect("Putin's plan won't work");
  EXPECT_EQ(english.english_hits, 2u);  // 's, 't
}

TEST(LanguageDetector, ReadsOnlyTheBeginningOfLongTexts) {
  const std::string text = repeated("gatto ", LanguageDetector::kMaxWords) + "the the the the the";
  EXPECT_EQ(detect(text).language, "und");
}

TEST(LanguageDetector, StopsWhenTheBeginningAndTheMiddleLeadTheSameWay) {
  const LanguageDetector::Result found = detect(repeated("il gatto ", 500));
  EXPECT_EQ(found.language, "it");
  // Two samples of kDecisiveHits each, not the 500 of the first kMaxWords words.
  EXPECT_EQ(found.italian_hits, 2 * LanguageDetector::kDecisiveHits);
  EXPECT_EQ(found.english_hits, 0u);
}

TEST(LanguageDetector, AnAbstractInOneLanguageDoesNotDecideATextInTheOther) {
  // The beginning leads decisively for Italian, the middle for English: the first kMaxWords
  // words decide, as they would without an early stop.
  const LanguageDetector::Result found =
      detect(repeated("il gatto ", LanguageDetector::kDecisiveHits) + repeated("the cat ", 300));
  EXPECT_EQ(found.language, "en");
  EXPECT_EQ(found.italian_hits, LanguageDetector::kDecisiveHits);
  EXPECT_EQ(found.english_hits, 300u);
}

TEST(LanguageDetector, AShortTextIsReadWhole) {
  // Decided after 80 words, past the middle of 90: no second sample to ask, so all are read.
  const LanguageDetector::Result found =
      detect(repeated("il gatto ", LanguageDetector::kDecisiveHits) + repeated("the cat ", 5));
  EXPECT_EQ(found.language, "it");
  EXPECT_EQ(found.english_hits, 5u);
}

TEST(LanguageDetector, ReadsOnWhileNeitherLanguageLeadsDecisively) {
  // 40 Italian against 11 English: not four times as many, so the English that follows counts.
  const LanguageDetector::Result found =
      detect(repeated("the cat ", 11) + repeated("il gatto ", LanguageDetector::kDecisiveHits) +
             repeated("the cat ", 30));
  EXPECT_EQ(found.italian_hits, LanguageDetector::kDecisiveHits);
  EXPECT_EQ(found.english_hits, 41u);
  EXPECT_EQ(found.language, "und");
}

}  // namespace
}  // namespace strata::tokens
