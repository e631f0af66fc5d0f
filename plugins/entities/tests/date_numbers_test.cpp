#include "date_numbers.hpp"

#include <gtest/gtest.h>

namespace strata::entities {
namespace {

TEST(DateNumbers, DigitsAreOneToFourDigitsAndNothingElse) {
  ASSERT_TRUE(read_digits("06"));
  EXPECT_EQ(read_digits("06")->value, 6);
  EXPECT_EQ(read_digits("06")->digits, 2);
  EXPECT_EQ(read_digits("1961")->value, 1961);
  EXPECT_FALSE(read_digits("12345"));
  EXPECT_FALSE(read_digits("2.000"));
  EXPECT_FALSE(read_digits("3D"));
  EXPECT_FALSE(read_digits(""));
}

TEST(DateNumbers, DaysTakeOrdinalSuffixes) {
  EXPECT_EQ(read_day("3"), 3);
  EXPECT_EQ(read_day("03"), 3);
  EXPECT_EQ(read_day("1°"), 1);
  EXPECT_EQ(read_day("1º"), 1);
  EXPECT_EQ(read_day("21st"), 21);
  EXPECT_EQ(read_day("2nd"), 2);
  EXPECT_EQ(read_day("3RD"), 3);
  EXPECT_EQ(read_day("4th"), 4);
  EXPECT_FALSE(read_day("0"));
  EXPECT_FALSE(read_day("32"));
  EXPECT_FALSE(read_day("003"));
  EXPECT_FALSE(read_day("3-bis"));
  EXPECT_FALSE(read_day("2ª"));
  EXPECT_FALSE(read_day("3,5"));
}

TEST(DateNumbers, DayNumbersAreAnyTwoDigitsWrittenAsADay) {
  EXPECT_EQ(read_day_number("32"), 32);
  EXPECT_EQ(read_day_number("00"), 0);
  EXPECT_EQ(read_day_number("99th"), 99);
  EXPECT_EQ(read_day_number("3"), 3);
  EXPECT_FALSE(read_day_number("100"));
  EXPECT_FALSE(read_day_number("32-bis"));
}

TEST(DateNumbers, DigitGroupsShareOneSeparator) {
  const auto date = read_digit_groups("19-06-2024");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->count, 3);
  EXPECT_EQ(date->separator, '-');
  EXPECT_EQ(date->runs[0].value, 19);
  EXPECT_EQ(date->runs[1].value, 6);
  EXPECT_EQ(date->runs[1].digits, 2);
  EXPECT_EQ(date->runs[2].value, 2024);
  const auto pair = read_digit_groups("2016/679");
  ASSERT_TRUE(pair);
  EXPECT_EQ(pair->count, 2);
  EXPECT_EQ(read_digit_groups("2024.06.19")->separator, '.');
  EXPECT_FALSE(read_digit_groups("19-06/2024"));
  EXPECT_FALSE(read_digit_groups("10:30"));
  EXPECT_FALSE(read_digit_groups("3,5"));
  EXPECT_FALSE(read_digit_groups("1.2.3.4"));
  EXPECT_FALSE(read_digit_groups("2024"));
  EXPECT_FALSE(read_digit_groups("19-06-"));
  EXPECT_FALSE(read_digit_groups("19-06-20245"));
}

TEST(DateNumbers, PluralDecades) {
  ASSERT_TRUE(read_plural_decade("1960s"));
  EXPECT_EQ(read_plural_decade("1960s")->value, 1960);
  EXPECT_EQ(read_plural_decade("60S")->digits, 2);
  EXPECT_FALSE(read_plural_decade("1965s"));
  EXPECT_FALSE(read_plural_decade("1960"));
  EXPECT_FALSE(read_plural_decade("s"));
}

}  // namespace
}  // namespace strata::entities
