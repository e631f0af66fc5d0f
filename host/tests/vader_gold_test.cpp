#include "vader_gold.hpp"

#include <gtest/gtest.h>

#include "setup_error.hpp"
#include "temp_file.hpp"

namespace strata::host {
namespace {

std::string error_of(const std::string& content) {
  return setup_error_of(read_vader_gold, content);
}

TEST(VaderGold, ReadsIdsMeansAndTexts) {
  const TempFile file("vader.txt", "1_1\t-0.9\tno picture.\r\n\r\n1_2\t2.5\ta\ttab\r\n7\t0\t\r\n");
  const auto items = read_vader_gold(file.path());
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].id, "1_1");
  EXPECT_DOUBLE_EQ(items[0].mean, -0.9);
  EXPECT_EQ(items[0].text, "no picture.");  // without the CR
  EXPECT_EQ(items[1].text, "a\ttab");       // a tab in the text stays
  EXPECT_EQ(items[2].text, "");
}

TEST(VaderGold, BadLinesNameTheLine) {
  EXPECT_EQ(error_of("1\t0.5\tok\n2\t0.5 no text\n"), "2: expected id<TAB>mean rating<TAB>text");
  EXPECT_EQ(error_of("1\tgood\tok\n"), "1: rating 'good' is not a number");
  EXPECT_EQ(error_of("1\t1.5x\tok\n"), "1: rating '1.5x' is not a number");
  EXPECT_EQ(error_of("1\t\tok\n"), "1: rating '' is not a number");
  EXPECT_EQ(error_of("1\t4.5\tok\n"), "1: rating '4.5' is outside VADER's scale -4..4");
  EXPECT_EQ(error_of("1\t-4\tok\n2\t-4.01\tok\n"),
            "2: rating '-4.01' is outside VADER's scale -4..4");
  EXPECT_EQ(error_of("\t1\tok\n"), "1: the id is empty");
  EXPECT_EQ(error_of("1\t1\tok\n\n1\t2\tagain\n"), "3: id '1' again");
}

TEST(VaderGold, AMissingFileIsASetupError) {
  EXPECT_THROW(read_vader_gold("/nonexistent/vader.txt"), SetupError);
}

}  // namespace
}  // namespace strata::host
