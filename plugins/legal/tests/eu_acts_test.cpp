#include "eu_acts.hpp"

#include <gtest/gtest.h>

namespace strata::legal {
namespace {

std::string id(std::string_view text) {
  const auto found = scan_eu_act(text, 0);
  return found ? found->acts.front().id : "none";
}

TEST(EuActs, GivesCelexNumbers) {
  EXPECT_EQ(id("Regolamento (UE) 2016/679"), "32016R0679");
  EXPECT_EQ(id("Regulation (EU) 2016/679"), "32016R0679");
  EXPECT_EQ(id("Direttiva 95/46/CE"), "31995L0046");
  EXPECT_EQ(id("Directive 2000/31/EC"), "32000L0031");
  EXPECT_EQ(id("Decisione 2000/520/CE"), "32000D0520");
  EXPECT_EQ(id("regolamento (CEE) n. 1408/71"), "31971R1408");
  EXPECT_EQ(id("Regulation (EC) No 1049/2001"), "32001R1049");
  EXPECT_EQ(id("Regolamento di esecuzione (UE) 2019/947"), "32019R0947");
  EXPECT_EQ(id("Regolamento UE 2016/679"), "32016R0679");
  EXPECT_EQ(id("regolamento CE n. 1049/2001"), "32001R1049");
  // The abbreviations Italian writers use.
  EXPECT_EQ(id("Reg. UE 2016/679"), "32016R0679");
  EXPECT_EQ(id("reg. (CE) n. 44/2001"), "32001R0044");
  EXPECT_EQ(id("Dir. 95/46/CE"), "31995L0046");
  EXPECT_EQ(id("dir. 2019/790/UE"), "32019L0790");
  // A regulation's number may have one digit, as the antitrust regulation's.
  EXPECT_EQ(id("Regolamento (CE) n. 1/2003"), "32003R0001");
  EXPECT_EQ(id("Regulation (EC) No. 1/2003"), "32003R0001");
}

TEST(EuActs, AYearHasTwoDigitsAtLeast) {
  EXPECT_EQ(id("Direttiva 5/46/CE"), "none");
  EXPECT_EQ(id("Decisione (UE) 9/2000"), "none");
  EXPECT_EQ(id("Regolamento (CE) n. 1/2"), "none");
  EXPECT_EQ(id("Regolamento (CE) n. 12/200"), "none");
  EXPECT_EQ(id("Direttiva 200/46/CE"), "none");
}

TEST(EuActs, NeedsTheEuMarker) {
  EXPECT_EQ(id("regolamento 8-2-1941, n. 402"), "none");
  EXPECT_EQ(id("direttiva 2000/31 del ministero"), "none");
  EXPECT_EQ(id("decisione ce 12/2000"), "none");
  EXPECT_EQ(id("dir. 12/2000"), "none");
}

}  // namespace
}  // namespace strata::legal
