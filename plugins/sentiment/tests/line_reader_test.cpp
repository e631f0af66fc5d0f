// Lines of a word-list file with the place an error about them names.
#include "line_reader.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace strata::sentiment {
namespace {

TEST(LineReader, SkipsBlanksAndCommentsButCountsThem) {
  std::vector<std::string> seen;
  for_each_line("# head\n\n good\t1.5 \r\nbad\t-2", "my.txt",
                [&](std::string_view line, const std::string& where) {
                  seen.push_back(where + std::string(line));
                });
  EXPECT_EQ(seen, (std::vector<std::string>{"my.txt:3: good\t1.5", "my.txt:4: bad\t-2"}));
}

TEST(LineReader, AByteOrderMarkAtTheStartIsNoPartOfTheFirstLine) {
  const std::string bom = "\xEF\xBB\xBF";
  std::vector<std::string> seen;
  for_each_line(bom + "bello\t2\n" + bom + "x\t1\n", "my.txt",
                [&](std::string_view line, const std::string& where) {
                  seen.push_back(where + std::string(line));
                });
  // Inside the text it is a character like another, as documents have it.
  EXPECT_EQ(seen, (std::vector<std::string>{"my.txt:1: bello\t2", "my.txt:2: " + bom + "x\t1"}));
}

}  // namespace
}  // namespace strata::sentiment
