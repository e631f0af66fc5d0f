#include "sentipolc_gold.hpp"

#include <gtest/gtest.h>

#include "temp_file.hpp"

namespace strata::host {
namespace {

const std::string kHeader =
    "\"idtwitter\",\"subj\",\"opos\",\"oneg\",\"iro\",\"lpos\",\"lneg\",\"top\",\"text\"\r\n";

std::string error_of(const std::string& content) {
  return setup_error_of(read_sentipolc_gold, content);
}

TEST(SentipolcGold, ReadsIdsFlagsAndQuotedTexts) {
  const TempFile file("sentipolc.csv",
                      kHeader +
                          "\"122\",1,0,1,0,0,1,1,\"Monti dice \"\"mica\"\", e poi\r\nbasta\"\r\n"
                          "\"123\",1,1,1,0,1,1,0,\"misto\"\r\n");
  const auto items = read_sentipolc_gold(file.path());
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].id, "122");
  EXPECT_FALSE(items[0].positive);
  EXPECT_TRUE(items[0].negative);
  EXPECT_EQ(items[0].text, "Monti dice \"mica\", e poi\nbasta");
  EXPECT_TRUE(items[1].positive);
  EXPECT_TRUE(items[1].negative);
}

TEST(SentipolcGold, TheHeaderMayBeLeftOut) {
  const TempFile file("sentipolc-test.csv", "\"9\",0,0,0,0,0,0,0,\"neutro\"\n");
  const auto items = read_sentipolc_gold(file.path());
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].id, "9");
}

TEST(SentipolcGold, BadRecordsNameTheLine) {
  EXPECT_EQ(error_of(kHeader + "\"1\",1,0,1,0,0,1,1,\"a\nb\"\n\"2\",1,0,1,\"short\"\n"),
            "4: 5 fields, not 9");
  EXPECT_EQ(error_of(kHeader + "\"1\",1,2,1,0,0,1,1,\"x\"\n"), "2: opos is '2', not 0 or 1");
  EXPECT_EQ(error_of(kHeader + "\"1\",1,0,1,0,0,1,1,\"x\n"), "2: a quoted field is not closed");
  EXPECT_EQ(error_of(kHeader + "\"1\",1,0,1,0,0,1,1,\"x\"\n\"1\",1,0,1,0,0,1,1,\"y\"\n"),
            "3: id '1' again");
}

}  // namespace
}  // namespace strata::host
