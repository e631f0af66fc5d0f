#include "one_line.hpp"

#include <gtest/gtest.h>

namespace strata::host {
namespace {

TEST(OneLine, EscapesWhatWouldBreakTheLineOrReachTheTerminal) {
  EXPECT_EQ(one_line("in/nl\nname.txt: no text"), "in/nl\\nname.txt: no text");
  EXPECT_EQ(one_line("a\r\nb"), "a\\r\\nb");
  EXPECT_EQ(one_line("\x1B[31mred\x7F"), "\\x1B[31mred\\x7F");
}

TEST(OneLine, KeepsEverythingElse) {
  EXPECT_EQ(one_line("tab\tname \"q\" & città 😀 \\n"), "tab\tname \"q\" & città 😀 \\n");
  EXPECT_EQ(one_line(""), "");
}

}  // namespace
}  // namespace strata::host
