#include "strata/case_folding.hpp"

#include <gtest/gtest.h>

namespace strata {
namespace {

TEST(FoldCase, Ascii) {
  EXPECT_EQ(fold_case("The ONU, Art. 51"), "the onu, art. 51");
}

TEST(FoldCase, AccentedItalian) {
  EXPECT_EQ(fold_case("CITT\xC3\x80"), "citt\xC3\xA0");  // CITTÀ
  EXPECT_EQ(fold_case("Citt\xC3\xA0"), "citt\xC3\xA0");
}

TEST(FoldCase, FullFoldingOfSharpS) {
  EXPECT_EQ(fold_case("Stra\xC3\x9F"
                      "e"),
            "strasse");
}

std::string normal(std::string_view word) {
  std::string buffer;
  return std::string(fold_word(word, buffer));
}

TEST(FoldWord, FoldsCaseAndWritesApostrophesAlike) {
  EXPECT_EQ(normal("ROMA"), "roma");
  EXPECT_EQ(normal("CITTÀ"), "città");
  EXPECT_EQ(normal("Dell\u2019"), "dell'");
  EXPECT_EQ(normal("Straße"), "strasse");
  EXPECT_EQ(normal("ΑΘΗΝΑ"), fold_case("ΑΘΗΝΑ"));
}

TEST(FoldWord, AReusedBufferHoldsOnlyTheLastWord) {
  std::string buffer;
  EXPECT_EQ(fold_word("PRESIDENTESSA", buffer), "presidentessa");
  EXPECT_EQ(fold_word("Dell\u2019", buffer), "dell'");  // shorter than the bytes it came from
  EXPECT_EQ(fold_word("GROSSE Straße", buffer), "grosse strasse");  // the full rules, after a part
  EXPECT_EQ(fold_word("", buffer), "");
  EXPECT_EQ(fold_word("È", buffer), "è");
}

TEST(FoldWord, TheFastPathAgreesWithFullCaseFolding) {
  // Every Latin-1 letter, upper and lower case, folds as strata::fold_case does.
  for (char32_t c = 0xC0; c <= 0xFF; ++c) {
    std::string word;
    word.push_back(static_cast<char>(0xC0 | (c >> 6)));
    word.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    word = "x" + word + "Y";
    EXPECT_EQ(normal(word), fold_case(word)) << "U+" << std::hex << static_cast<int>(c);
  }
}

}  // namespace
}  // namespace strata
