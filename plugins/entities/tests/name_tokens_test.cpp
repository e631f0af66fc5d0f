#include "name_tokens.hpp"

#include <gtest/gtest.h>

namespace strata::entities {
namespace {

using Tokens = std::vector<std::string_view>;

TEST(NameTokens, SplitsAtSpacesAndAfterElisions) {
  EXPECT_EQ(name_tokens("Banca d'Italia"), (Tokens{"Banca", "d'", "Italia"}));
  EXPECT_EQ(name_tokens("  Stati   Uniti "), (Tokens{"Stati", "Uniti"}));
  EXPECT_EQ(name_tokens("L'Aquila"), (Tokens{"L'", "Aquila"}));
  EXPECT_EQ(name_tokens("Costa d\u2019Avorio"), (Tokens{"Costa", "d\u2019", "Avorio"}));
}

TEST(NameTokens, KeepsSurnamesAndOtherApostrophesWhole) {
  EXPECT_EQ(name_tokens("Massimo D'Alema"), (Tokens{"Massimo", "D'Alema"}));
  EXPECT_EQ(name_tokens("O'Brien"), (Tokens{"O'Brien"}));
}

TEST(NameTokens, SplitsEnglishClitics) {
  EXPECT_EQ(name_tokens("McDonald's"), (Tokens{"McDonald", "'s"}));
  EXPECT_EQ(name_tokens("Moody's Investors"), (Tokens{"Moody", "'s", "Investors"}));
}

TEST(NameTokens, EmptyNameHasNoTokens) {
  EXPECT_TRUE(name_tokens(" \t ").empty());
}

}  // namespace
}  // namespace strata::entities
