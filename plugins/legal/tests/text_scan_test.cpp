#include "text_scan.hpp"

#include <gtest/gtest.h>

namespace strata::legal {
namespace {

TEST(TextScan, MatchesOnlyAtThePositionGiven) {
  const RE2 number("n\\. (\\d+)", scanner_options());
  std::string_view group[1];
  EXPECT_EQ(match_at(number, "legge n. 241", 6, group), 12u);
  EXPECT_EQ(group[0], "241");
  EXPECT_FALSE(match_at(number, "legge n. 241", 0, group));
  EXPECT_EQ(match_at(number, "N. 7", 0), 4u);  // case is ignored
}

TEST(TextScan, TellsWordsApartInUtf8) {
  EXPECT_TRUE(letter_before("perché", 7));  // after "é"
  EXPECT_FALSE(letter_before("«art", 2));   // after "«"
  EXPECT_FALSE(letter_before("l'art", 2));
  EXPECT_TRUE(letter_at("àrt", 0));
  EXPECT_FALSE(letter_at("art", 3));
  EXPECT_EQ(ascii_lower("D.Lgs. È"), "d.lgs. È");
}

}  // namespace
}  // namespace strata::legal
