#include "comma_list.hpp"

#include <gtest/gtest.h>

namespace strata::entities {
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

}  // namespace
}  // namespace strata::entities
