#include "strata/options.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata {
namespace {

TEST(OptionValues, ParseEachType) {
  EXPECT_EQ(std::get<std::int64_t>(parse_option_value(OptionType::integer, "-42")), -42);
  EXPECT_EQ(std::get<double>(parse_option_value(OptionType::real, "0.5")), 0.5);
  EXPECT_TRUE(std::get<bool>(parse_option_value(OptionType::boolean, "yes")));
  EXPECT_FALSE(std::get<bool>(parse_option_value(OptionType::boolean, "off")));
  EXPECT_EQ(std::get<std::string>(parse_option_value(OptionType::string, "a b")), "a b");
}

TEST(OptionValues, WrongTypesSayWhatWasExpected) {
  try {
    parse_option_value(OptionType::integer, "12x");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "expected an integer, found '12x'");
  }
  try {
    parse_option_value(OptionType::integer, "99999999999999999999");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "the integer '99999999999999999999' is out of range");
  }
  EXPECT_THROW(parse_option_value(OptionType::real, ""), Error);
  EXPECT_THROW(parse_option_value(OptionType::real, "nan"), Error);
  EXPECT_THROW(parse_option_value(OptionType::boolean, "maybe"), Error);
}

// As "-5" always was: "+5" and "+0.5" are numbers too; "+-5" and a lone "+" are not.
TEST(OptionValues, NumbersMayHaveAPlusSign) {
  EXPECT_EQ(std::get<std::int64_t>(parse_option_value(OptionType::integer, "+5")), 5);
  EXPECT_EQ(std::get<double>(parse_option_value(OptionType::real, "+0.5")), 0.5);
  for (const char* bad : {"+", "+-5", "++5", "+ 5"}) {
    EXPECT_THROW(parse_option_value(OptionType::integer, bad), Error) << bad;
    EXPECT_THROW(parse_option_value(OptionType::real, bad), Error) << bad;
  }
}

TEST(OptionValues, RealsOutOfRangeSaySo) {
  try {
    parse_option_value(OptionType::real, "1e999");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "the real number '1e999' is out of range");
  }
}

TEST(OptionValues, FormatRoundTrips) {
  for (const OptionValue& v : {OptionValue{std::int64_t{3}}, OptionValue{0.1}, OptionValue{true},
                               OptionValue{std::string("x")}}) {
    const auto type = static_cast<OptionType>(v.index());
    EXPECT_EQ(parse_option_value(type, format_option_value(v)), v);
  }
}

TEST(Options, TypedGetters) {
  Options options;
  options.set("n", std::int64_t{2});
  options.set("s", std::string("v"));
  EXPECT_EQ(options.get_int("n"), 2);
  EXPECT_EQ(options.get_string("s"), "v");
  EXPECT_THROW(options.get_bool("n"), Error);
  EXPECT_THROW(options.get_int("absent"), Error);
}

}  // namespace
}  // namespace strata
