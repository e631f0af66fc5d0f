#include "word_form.hpp"

#include <gtest/gtest.h>

#include "strata/case_folding.hpp"

namespace strata::entities {
namespace {

std::string normal(std::string_view word) {
  std::string buffer;
  return std::string(normalize_word(word, buffer));
}

TEST(WordForm, FoldsCaseAndWritesApostrophesAlike) {
  EXPECT_EQ(normal("ROMA"), "roma");
  EXPECT_EQ(normal("CITTÀ"), "città");
  EXPECT_EQ(normal("Dell\u2019"), "dell'");
  EXPECT_EQ(normal("Straße"), "strasse");
  EXPECT_EQ(normal("ΑΘΗΝΑ"), fold_case("ΑΘΗΝΑ"));
}

TEST(WordForm, TheFastPathAgreesWithFullCaseFolding) {
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
}  // namespace strata::entities
