#include "tei_datatypes.hpp"

#include <gtest/gtest.h>

namespace strata::formats {
namespace {

TEST(TeiDatatypes, KeepsTheLongestVersionPrefixTeiAccepts) {
  EXPECT_EQ(tei_version("1.2.3"), "1.2.3");
  EXPECT_EQ(tei_version("2.0rc1"), "2.0rc1");
  EXPECT_EQ(tei_version("1.2.0-beta+build"), "1.2.0");
  EXPECT_EQ(tei_version("1.2.3.4.5"), "1.2.3.4");
  EXPECT_EQ(tei_version("1."), "1");
  EXPECT_EQ(tei_version("v2"), "0");
  EXPECT_EQ(tei_version(""), "0");
}

TEST(TeiDatatypes, AcceptsW3cDatesAndDateTimes) {
  EXPECT_TRUE(is_w3c_date_time("2026-11-29"));
  EXPECT_TRUE(is_w3c_date_time("2026-11-29T05:04:54Z"));
  EXPECT_TRUE(is_w3c_date_time("2026-11-29T05:04:54.123+01:00"));
  EXPECT_TRUE(is_w3c_date_time("2026-11-29T05:04:54"));
  EXPECT_FALSE(is_w3c_date_time("2026-11-29 05:04:54"));
  EXPECT_FALSE(is_w3c_date_time("2026-11-29T05:04:54."));
  EXPECT_FALSE(is_w3c_date_time("yesterday"));
  EXPECT_FALSE(is_w3c_date_time(""));
}

// Of the right shape, these were written as @when, and jing refused them.
TEST(TeiDatatypes, AcceptsOnlyDaysOfTheCalendarAndTimesOfTheDay) {
  EXPECT_TRUE(is_w3c_date_time("2024-02-29"));
  EXPECT_TRUE(is_w3c_date_time("2026-11-29T23:59:59+14:00"));
  for (const char* bad :
       {"2023-02-29", "2020-02-30", "2020-13-01", "2020-00-10", "2020-01-00", "0000-01-01",
        "2020-01-01T24:00:00", "2020-01-01T10:60:00", "2020-01-01T10:00:60",
        "2020-01-01T10:00:00+15:00", "2020-01-01T10:00:00+01:60"}) {
    EXPECT_FALSE(is_w3c_date_time(bad)) << bad;
  }
  EXPECT_TRUE(is_w3c_when("2024"));
  EXPECT_TRUE(is_w3c_when("2024-12"));
  EXPECT_TRUE(is_w3c_when("2024-12-31"));
  EXPECT_TRUE(is_w3c_when("--03"));     // gMonth: "a marzo"
  EXPECT_TRUE(is_w3c_when("--03-03"));  // gMonthDay: "il 3 marzo"
  EXPECT_TRUE(is_w3c_when("--02-29"));
  for (const char* bad :
       {"0000", "2024-13", "2024-00", "0000-05", "24", "2024-1", "2024-02-30", "--13", "--00",
        "--02-30", "--04-31", "--3-03", "196", "2020-05-12/2020-05-14"}) {
    EXPECT_FALSE(is_w3c_when(bad)) << bad;
  }
}

TEST(TeiDatatypes, AcceptsLanguageTags) {
  EXPECT_TRUE(is_language_tag("it"));
  EXPECT_TRUE(is_language_tag("en-GB"));
  EXPECT_TRUE(is_language_tag("sr-Latn-2020"));
  EXPECT_FALSE(is_language_tag(""));
  EXPECT_FALSE(is_language_tag("it_IT"));
  EXPECT_FALSE(is_language_tag("-it"));
  EXPECT_FALSE(is_language_tag("it-"));
  EXPECT_FALSE(is_language_tag("2it"));
  EXPECT_FALSE(is_language_tag("toolonglanguage"));
}

}  // namespace
}  // namespace strata::formats
