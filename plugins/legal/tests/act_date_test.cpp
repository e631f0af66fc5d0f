#include "act_date.hpp"

#include <gtest/gtest.h>

namespace strata::legal {
namespace {

std::string iso(std::string_view text) {
  const auto date = scan_date(text, 0);
  return date ? date->iso : "none";
}

TEST(ActDate, ReadsEveryWrittenForm) {
  EXPECT_EQ(iso("7 agosto 1990, n. 241"), "1990-08-07");
  EXPECT_EQ(iso("1° settembre 1989"), "1989-09-01");
  EXPECT_EQ(iso("07/08/1990"), "1990-08-07");
  EXPECT_EQ(iso("7.8.1990"), "1990-08-07");
  EXPECT_EQ(iso("30-3-1971"), "1971-03-30");
  EXPECT_EQ(iso("12- 4-48"), "1948-04-12");
  EXPECT_EQ(iso("5 Luglio 1991"), "1991-07-05");
}

TEST(ActDate, RefusesWhatIsNoDate) {
  EXPECT_EQ(iso("32/1/1990"), "none");
  EXPECT_EQ(iso("7 agosto"), "none");
  EXPECT_EQ(iso("n. 241"), "none");
}

TEST(ActDate, EndsAfterTheYear) {
  EXPECT_EQ(scan_date("7 agosto 1990, n. 241", 0)->end, 13u);
  EXPECT_EQ(full_year("03"), "2003");
  EXPECT_EQ(full_year("77"), "1977");
}

}  // namespace
}  // namespace strata::legal
