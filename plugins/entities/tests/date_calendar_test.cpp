#include "date_calendar.hpp"

#include <gtest/gtest.h>

namespace strata::entities {
namespace {

TEST(DateCalendar, ValidDatesHaveAShapeAndACalendarDay) {
  EXPECT_TRUE(is_valid({2024, 6, 19}));
  EXPECT_TRUE(is_valid({2024, 6, 0}));
  EXPECT_TRUE(is_valid({1961, 0, 0}));
  EXPECT_TRUE(is_valid({0, 3, 3}));
  EXPECT_TRUE(is_valid({0, 3, 0}));
  EXPECT_TRUE(is_valid({0, 2, 29}));  // no year: the 29th exists in some
  EXPECT_FALSE(is_valid({0, 2, 30}));
  EXPECT_FALSE(is_valid({2021, 6, 31}));
  EXPECT_FALSE(is_valid({2023, 2, 29}));
  EXPECT_FALSE(is_valid({2024, 13, 1}));
  EXPECT_FALSE(is_valid({0, 0, 5}));     // a day without its month
  EXPECT_FALSE(is_valid({2021, 0, 5}));  // a year and a day
  EXPECT_FALSE(is_valid({0, 0, 0}));
  EXPECT_FALSE(is_valid({10000, 1, 1}));
}

TEST(DateCalendar, ShapesAndOrder) {
  EXPECT_TRUE(same_shape({2021, 3, 3}, {2020, 1, 1}));
  EXPECT_FALSE(same_shape({2021, 3, 3}, {2021, 3, 0}));
  EXPECT_FALSE(same_shape({0, 3, 3}, {2021, 3, 3}));
  EXPECT_TRUE(is_before({2021, 3, 3}, {2021, 3, 5}));
  EXPECT_TRUE(is_before({2020, 12, 31}, {2021, 1, 1}));
  EXPECT_FALSE(is_before({2021, 3, 5}, {2021, 3, 5}));
  EXPECT_FALSE(is_before({2021, 0, 0}, {2015, 0, 0}));
}

TEST(DateCalendar, WeekdaysAreIsoNumbered) {
  EXPECT_EQ(weekday_of({2024, 6, 21}), 5);  // a Friday
  EXPECT_EQ(weekday_of({2021, 3, 3}), 3);   // a Wednesday
  EXPECT_EQ(weekday_of({2000, 1, 1}), 6);   // a Saturday
  EXPECT_EQ(weekday_of({2024, 2, 29}), 4);  // a Thursday
  EXPECT_EQ(weekday_of({2023, 1, 1}), 7);   // a Sunday
  EXPECT_EQ(weekday_of({1961, 4, 18}), 2);  // a Tuesday
}

TEST(DateCalendar, IsoNotation) {
  EXPECT_EQ(to_iso({2024, 6, 19}), "2024-06-19");
  EXPECT_EQ(to_iso({2021, 3, 0}), "2021-03");
  EXPECT_EQ(to_iso({1961, 0, 0}), "1961");
  EXPECT_EQ(to_iso({0, 3, 3}), "--03-03");
  EXPECT_EQ(to_iso({0, 12, 0}), "--12");
  EXPECT_EQ(to_iso({1066, 10, 14}), "1066-10-14");
}

}  // namespace
}  // namespace strata::entities
