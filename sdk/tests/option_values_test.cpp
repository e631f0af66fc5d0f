#include "strata/option_values.hpp"

#include <gtest/gtest.h>

#include <array>

#include "strata/error.hpp"

namespace strata {
namespace {

using Items = std::vector<std::string_view>;

TEST(CommaList, SplitsAndTrimsItems) {
  EXPECT_EQ(comma_separated("a.txt, b c.txt ,c"), (Items{"a.txt", "b c.txt", "c"}));
  EXPECT_EQ(comma_separated("one"), (Items{"one"}));
}

TEST(CommaList, DropsEmptyItems) {
  EXPECT_EQ(comma_separated(""), Items{});
  EXPECT_EQ(comma_separated(" , \t,"), Items{});
  EXPECT_EQ(comma_separated("a,,b,"), (Items{"a", "b"}));
}

TEST(IsLanguage, IgnoresCaseAndRegion) {
  EXPECT_TRUE(is_language("it", "it"));
  EXPECT_TRUE(is_language("IT", "it"));
  EXPECT_TRUE(is_language("it-IT", "it"));
  EXPECT_TRUE(is_language("it_CH", "it"));
  EXPECT_FALSE(is_language("en", "it"));
  EXPECT_FALSE(is_language("ita", "it"));
  EXPECT_FALSE(is_language("", "it"));
}

TEST(LanguageList, KeepsKnownLanguagesAndNamesAnUnknownOne) {
  constexpr std::array<std::string_view, 2> known = {"it", "en"};
  EXPECT_EQ(language_list(" it, en ", known, "languages"), (std::vector<std::string>{"it", "en"}));
  for (const std::string_view none : {"", " , "}) {
    try {
      language_list(none, known, "languages");
      FAIL() << "'" << none << "' accepted";
    } catch (const Error& e) {
      EXPECT_STREQ(e.what(), "option 'languages': no language given (it and en are known)");
    }
  }
  try {
    language_list("it,fr", known, "languages");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "option 'languages': unknown language 'fr' (it and en are known)");
  }
}

}  // namespace
}  // namespace strata
