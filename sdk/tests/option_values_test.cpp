#include "strata/option_values.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace strata
