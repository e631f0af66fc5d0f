#include "short_decimal.hpp"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace strata::formats {
namespace {

std::string with_to_chars(double value) {
  char buffer[kShortDecimalSize];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

// What short_decimal writes, or "" for nullopt.
std::string written(double value) {
  char buffer[kShortDecimalSize];
  const auto decimal = short_decimal(value, buffer);
  return decimal ? std::string(*decimal) : "";
}

// Every decimal of four places up to 200 in magnitude, then a sample up to 10^6.
TEST(ShortDecimal, WritesDecimalsOfFourPlacesAsToCharsDoes) {
  std::size_t taken = 0;
  const auto check = [&](std::int64_t units) {
    const double value = static_cast<double>(units) / 10000.0;
    const std::string fast = written(value);
    if (fast.empty()) return;
    ++taken;
    ASSERT_EQ(fast, with_to_chars(value)) << units;
  };
  for (std::int64_t units = -2'000'000; units <= 2'000'000; ++units) check(units);
  // All but zero and the 18 magnitudes under 0.001.
  EXPECT_EQ(taken, 4'000'001u - 19u);
  for (std::int64_t units = -9'999'999'999; units <= 9'999'999'999; units += 79'193) check(units);
}

TEST(ShortDecimal, WritesLargeDecimalsAsToCharsDoes) {
  for (double value : {999999.9999, 123456.5, 100000.0, 120000.0, 123000.0, 123400.0, 123450.0,
                       -100000.0, 1000.0, 10000.0, 99999.0, 0.001, 0.0015, 0.01, 0.1}) {
    const std::string fast = written(value);
    if (!fast.empty()) {
      EXPECT_EQ(fast, with_to_chars(value)) << value;
    }
  }
  EXPECT_EQ(written(100000.0), "");  // to_chars: 1e+05
  EXPECT_EQ(written(123.25), "123.25");
  EXPECT_EQ(written(-0.5), "-0.5");
}

TEST(ShortDecimal, LeavesOtherValuesToToChars) {
  for (double value :
       {0.0, -0.0, 0.0005, 0.00012, 1e6, 2.5e7, 0.12345, 0.9732059476113766, 1.0 / 3.0, 1e-300,
        std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()}) {
    EXPECT_EQ(written(value), "") << value;
  }
}

TEST(ShortDecimal, AgreesWithToCharsOnValuesNearShortDecimals) {
  // The neighbours of short decimals read back as other numbers: to_chars' job.
  for (std::int64_t units = -20'000; units <= 20'000; units += 7) {
    const double value = static_cast<double>(units) / 10000.0;
    for (double near : {std::nextafter(value, 2e6), std::nextafter(value, -2e6)}) {
      const std::string fast = written(near);
      if (!fast.empty()) {
        ASSERT_EQ(fast, with_to_chars(near)) << units;
      }
    }
  }
}

}  // namespace
}  // namespace strata::formats
