#include "text_lines.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace strata::entities {
namespace {

// Each line as "NUMBER:text".
std::vector<std::string> numbered(std::string_view text) {
  std::vector<std::string> out;
  TextLines lines(text);
  while (const std::optional<std::string_view> line = lines.next()) {
    out.push_back(std::to_string(lines.number()) + ":" + std::string(*line));
  }
  return out;
}

TEST(TextLines, NumbersLinesAndDropsTheirEnds) {
  EXPECT_EQ(numbered("a\r\n\nb c\n"), (std::vector<std::string>{"1:a", "2:", "3:b c"}));
  EXPECT_EQ(numbered("last without end"), std::vector<std::string>{"1:last without end"});
  EXPECT_TRUE(numbered("").empty());
}

}  // namespace
}  // namespace strata::entities
