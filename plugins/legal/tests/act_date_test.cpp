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
  EXPECT_EQ(iso("7 agosto"), "none");
  EXPECT_EQ(iso("n. 241"), "none");
}

// A date the calendar does not have is still a date where it is written: it ends where it
// would, with its year, but gives no day.
TEST(ActDate, GivesNoDayForAnImpossibleDate) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"31 febbraio 2020", "2020"}, {"30/02/2019", "2019"}, {"29 febbraio 2023", "2023"},
      {"00/00/2018", "2018"},       {"13/13/2013", "2013"}, {"32/1/1990", "1990"},
      {"31.4.90", "1990"}};
  for (const auto& [text, year] : cases) {
    const auto date = scan_date(text, 0);
    ASSERT_TRUE(date) << text;
    EXPECT_EQ(date->iso, "") << text;
    EXPECT_EQ(date->year, year) << text;
    EXPECT_EQ(date->end, text.size()) << text;
  }
  EXPECT_EQ(iso("29 febbraio 2024"), "2024-02-29");
  EXPECT_EQ(iso("29/02/2000"), "2000-02-29");
  EXPECT_EQ(iso("30 aprile 1990"), "1990-04-30");
}

TEST(ActDate, EndsAfterTheYear) {
  EXPECT_EQ(scan_date("7 agosto 1990, n. 241", 0)->end, 13u);
  EXPECT_EQ(full_year("03"), "2003");
  EXPECT_EQ(full_year("77"), "1977");
}

}  // namespace
}  // namespace strata::legal
