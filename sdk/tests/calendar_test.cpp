#include "strata/calendar.hpp"

#include <gtest/gtest.h>

namespace strata {
namespace {

TEST(Calendar, LeapYearsFollowTheGregorianRules) {
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_FALSE(is_leap_year(2023));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_TRUE(is_leap_year(0));
}

TEST(Calendar, DaysInMonth) {
  EXPECT_EQ(days_in_month(2021, 6), 30);
  EXPECT_EQ(days_in_month(2021, 12), 31);
  EXPECT_EQ(days_in_month(2023, 2), 28);
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2024, 0), 0);
  EXPECT_EQ(days_in_month(2024, 13), 0);
}

TEST(Calendar, CalendarDaysExist) {
  EXPECT_TRUE(is_calendar_day(2024, 2, 29));
  EXPECT_TRUE(is_calendar_day(2021, 12, 31));
  EXPECT_FALSE(is_calendar_day(2023, 2, 29));
  EXPECT_FALSE(is_calendar_day(2020, 2, 31));
  EXPECT_FALSE(is_calendar_day(2021, 6, 31));
  EXPECT_FALSE(is_calendar_day(2018, 0, 0));
  EXPECT_FALSE(is_calendar_day(2021, 1, 0));
  EXPECT_FALSE(is_calendar_day(2013, 13, 13));
  EXPECT_FALSE(is_calendar_day(2021, 1, 32));
}

// Usable where a constant is needed, as the header promises.
static_assert(is_calendar_day(2000, 2, 29));
static_assert(!is_calendar_day(1900, 2, 29));

}  // namespace
}  // namespace strata
