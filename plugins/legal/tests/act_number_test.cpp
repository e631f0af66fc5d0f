#include "act_number.hpp"

#include <gtest/gtest.h>

namespace strata::legal {
namespace {

TEST(ActNumber, NormalizesNumbersAsUrnNirWritesThem) {
  EXPECT_EQ(normalize_number("845/1978").number, "845");
  EXPECT_EQ(normalize_number("845/1978").year, "1978");
  EXPECT_EQ(normalize_number("633/72").year, "1972");
  EXPECT_EQ(normalize_number("2/B").number, "2-B");
  EXPECT_EQ(normalize_number("D/686").number, "D-686");
  EXPECT_EQ(normalize_number("135/E/03").number, "135-E-03");
  EXPECT_EQ(normalize_number("D/118/2005").number, "D-118-2005");
  EXPECT_EQ(normalize_number("D/118/2005").year, "2005");
  EXPECT_EQ(normalize_number("95-T").number, "95-T");
  EXPECT_EQ(normalize_number("7/16").whole, "7-16");
}

TEST(ActNumber, ReadsListsOfNumbers) {
  const auto found = scan_numbers("nn. 511, 518 e 548 del 1946", 0);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->numbers.size(), 3u);
  EXPECT_EQ(found->numbers[2].number, "548");
  EXPECT_EQ(found->end, 18u);
}

TEST(ActNumber, StopsBeforeADate) {
  const auto found = scan_numbers("n. 241, 7 agosto 1990", 0);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->numbers.size(), 1u);
}

TEST(ActNumber, TakesOnlyUnambiguousBareNumbers) {
  EXPECT_TRUE(scan_bare_number("241/1990", 0));
  EXPECT_TRUE(scan_bare_number("D/137 del", 0));
  EXPECT_EQ(scan_bare_number("165 del 2001", 0)->numbers[0].year, "2001");
  EXPECT_FALSE(scan_bare_number("241 persone", 0));
  EXPECT_FALSE(scan_bare_number("10 del mese", 0));
  EXPECT_FALSE(scan_numbers("numerose leggi", 0));
}

}  // namespace
}  // namespace strata::legal
