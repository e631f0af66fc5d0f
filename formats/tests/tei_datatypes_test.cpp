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
