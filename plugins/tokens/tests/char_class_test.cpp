#include "char_class.hpp"

#include <gtest/gtest.h>

#include "punctuation.hpp"

namespace strata::tokens {
namespace {

TEST(CharClass, ClassifiesByUnicodeProperties) {
  EXPECT_EQ(classify(' '), CharClass::space);
  EXPECT_EQ(classify(0x00A0), CharClass::space);  // no-break space
  EXPECT_EQ(classify(0x3000), CharClass::space);  // ideographic space
  EXPECT_EQ(classify('a'), CharClass::letter);
  EXPECT_EQ(classify(0x00E8), CharClass::letter);  // è
  EXPECT_EQ(classify(0x6771), CharClass::letter);  // 東
  EXPECT_EQ(classify('7'), CharClass::digit);
  EXPECT_EQ(classify(0x00BD), CharClass::digit);  // ½
  EXPECT_EQ(classify(0x0301), CharClass::mark);   // combining acute
  EXPECT_EQ(classify(0x200D), CharClass::mark);   // zero-width joiner
  EXPECT_EQ(classify(','), CharClass::punct);
  EXPECT_EQ(classify(0x00AB), CharClass::punct);   // «
  EXPECT_EQ(classify(0x2014), CharClass::punct);   // —
  EXPECT_EQ(classify(0x00A7), CharClass::symbol);  // §
  EXPECT_EQ(classify('%'), CharClass::symbol);
  EXPECT_EQ(classify(0x20AC), CharClass::symbol);  // €
  EXPECT_EQ(classify('+'), CharClass::symbol);
  EXPECT_EQ(classify(0x1F600), CharClass::emoji);  // 😀
  EXPECT_EQ(classify(0x1F1EE), CharClass::emoji);  // regional indicator I
}

TEST(CharClass, AsciiTableAgreesWithUnicodeProperties) {
  for (UChar32 c = 0; c < 128; ++c) {
    EXPECT_EQ(detail::kAsciiClasses[c], detail::classify_by_properties(c)) << "character " << c;
  }
}

TEST(CharClass, CapitalLetters) {
  EXPECT_TRUE(is_capital_letter('A'));
  EXPECT_TRUE(is_capital_letter(0x00C8));  // È
  EXPECT_TRUE(is_capital_letter(0x6771));  // 東 has no case
  EXPECT_FALSE(is_capital_letter('a'));
  EXPECT_FALSE(is_capital_letter(0x00E8));
  EXPECT_FALSE(is_capital_letter('1'));
}

TEST(Punctuation, Roles) {
  EXPECT_TRUE(is_apostrophe(0x2019));
  EXPECT_TRUE(is_sentence_final(0x2026));
  EXPECT_FALSE(is_sentence_final(';'));
  EXPECT_TRUE(is_opening(0x00AB) && is_opening(0x201C) && is_opening('(') && is_opening('"'));
  EXPECT_TRUE(is_closing(0x00BB) && is_closing(0x201D) && is_closing(')') && is_closing('\''));
  EXPECT_FALSE(is_closing('('));
  EXPECT_TRUE(is_dash(0x2013) && is_dash(0x2014) && is_dash('-'));
  EXPECT_TRUE(is_word_hyphen('-'));
  EXPECT_FALSE(is_word_hyphen(0x2013));
}

}  // namespace
}  // namespace strata::tokens
