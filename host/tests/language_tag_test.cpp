#include "language_tag.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

TEST(LanguageTag, AcceptsCodesTagsAndAuto) {
  for (const char* good : {"it", "en", "ita", "it-IT", "sr-Latn-RS", "auto", "EN", "Auto"}) {
    EXPECT_EQ(language_problem(good), std::nullopt) << good;
  }
  for (const char* bad : {"", "i", "english", "it_IT", "-it"}) {
    EXPECT_NE(language_problem(bad), std::nullopt) << bad;
  }
}

// Tags do not depend on case: what users write is made what strata writes before it is checked.
TEST(LanguageTag, TheLanguageSubtagIsWrittenSmall) {
  EXPECT_EQ(canonical_language("EN"), "en");
  EXPECT_EQ(canonical_language("It-IT"), "it-IT");
  EXPECT_EQ(canonical_language("AUTO"), "auto");
}

}  // namespace
}  // namespace strata::host
