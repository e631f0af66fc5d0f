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

TEST(TextScan, FillsAsManyGroupsAsAsked) {
  const RE2 letters("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)?", scanner_options());
  std::string_view groups[10];
  EXPECT_EQ(match_at(letters, "xabcdefghi", 1, groups), 10u);
  EXPECT_EQ(groups[0], "a");
  EXPECT_EQ(groups[8], "i");
  EXPECT_TRUE(groups[9].empty());  // took no part
  std::string_view first[2];
  EXPECT_EQ(match_at(letters, "abcdefghij", 0, first), 10u);
  EXPECT_EQ(first[1], "b");
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
