// The finder on its own: the amounts of the tutorial, and what must not be taken for one.
#include "money_finder.hpp"

#include <gtest/gtest.h>

#include <strata/strata.hpp>

namespace {

const money::Currencies& currencies() {
  static const money::Currencies list = money::parse_currencies(
      {"€ EUR", "euro EUR", "$ USD", "usd USD", "dollari USD", "dollars USD"});
  return list;
}

// The amounts in `tokens` as "first-last value currency".
std::vector<std::string> found(const std::vector<std::string_view>& tokens) {
  std::vector<std::string> result;
  for (const money::Amount& amount : money::MoneyFinder(currencies()).find(tokens)) {
    result.push_back(std::to_string(amount.first) + "-" + std::to_string(amount.last) + " " +
                     amount.value + " " + amount.currency);
  }
  return result;
}

TEST(MoneyFinder, ReadsNumbersBothWays) {
  EXPECT_EQ(money::full_number("200.000", 0), "200000");
  EXPECT_EQ(money::full_number("200,000", 0), "200000");
  EXPECT_EQ(money::full_number("1,5", 6), "1500000");
  EXPECT_EQ(money::full_number("2.75", 0), "2.75");
  EXPECT_EQ(money::full_number("1.234.567,50", 0), "1234567.5");
  EXPECT_EQ(money::full_number("1,234,567.5", 3), "1234567500");
  EXPECT_EQ(money::full_number("0,125", 0), "125");  // three digits after one mark: thousands
  EXPECT_EQ(money::full_number("0,1255", 2), "12.55");
  EXPECT_EQ(money::full_number("007", 0), "7");
  for (const char* bad : {"", "abc", "1.", ",5", "1..000", "12.34.56", "1.000,000.5", "5%"}) {
    EXPECT_EQ(money::full_number(bad, 0), std::nullopt) << bad;
  }
}

TEST(MoneyFinder, FindsTheCurrencyBeforeOrAfterTheNumber) {
  EXPECT_EQ(found({"stanziati", "200.000", "euro"}), std::vector<std::string>{"1-2 200000 EUR"});
  EXPECT_EQ(found({"€", "1,5", "milioni", "."}), std::vector<std::string>{"0-2 1500000 EUR"});
  EXPECT_EQ(found({"$", "5", "million"}), std::vector<std::string>{"0-2 5000000 USD"});
  EXPECT_EQ(found({"5", "milioni", "di", "dollari"}), std::vector<std::string>{"0-3 5000000 USD"});
  EXPECT_EQ(found({"USD", "300", "and", "2.5", "billion", "Dollars"}),
            (std::vector<std::string>{"0-1 300 USD", "3-5 2500000000 USD"}));
}

TEST(MoneyFinder, LeavesOtherNumbersAlone) {
  EXPECT_TRUE(found({"5", "milioni", "di", "persone"}).empty());
  EXPECT_TRUE(found({"300", "metri"}).empty());
  EXPECT_TRUE(found({"200", "di", "euro"}).empty());  // "di" only after a number word
  EXPECT_TRUE(found({"euro", "area"}).empty());
  EXPECT_TRUE(found({"$"}).empty());
  EXPECT_TRUE(found({}).empty());
}

TEST(MoneyFinder, RefusesACurrencyLineWithoutItsCode) {
  EXPECT_THROW(money::parse_currencies({"euro"}), strata::Error);
  EXPECT_THROW(money::parse_currencies({"euro eur"}), strata::Error);
}

}  // namespace
