#include "date_start_filter.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::entities {
namespace {

DateStartFilter filter_of(std::initializer_list<std::string_view> forms) {
  DateStartFilter filter;
  for (const std::string_view form : forms) filter.add(form);
  return filter;
}

TEST(DateStartFilter, LetsTheFormsThroughInAnyCaseAndWithADot) {
  const DateStartFilter filter = filter_of({"da", "dicembre", "marzo", "thu"});
  for (const std::string_view word : {"da", "DA", "Dicembre", "marzo", "MARZO", "Thu.", "dic"}) {
    EXPECT_TRUE(filter.may_match(word)) << word;
  }
}

TEST(DateStartFilter, RejectsWordsByTheirFirstTwoLetters) {
  const DateStartFilter filter = filter_of({"da", "dicembre", "marzo", "thu"});
  for (const std::string_view word : {"del", "della", "Ottobre", "nel", "ma'", "d.", "de"}) {
    EXPECT_FALSE(filter.may_match(word)) << word;
  }
}

TEST(DateStartFilter, RejectsWordsShorterThanEveryFormOfTheirLetter) {
  const DateStartFilter filter = filter_of({"da", "marzo", "thu"});
  EXPECT_FALSE(filter.may_match("ma"));
  EXPECT_FALSE(filter.may_match("mare"));
  EXPECT_TRUE(filter.may_match("marea"));  // long enough: the lookup decides
  EXPECT_FALSE(filter.may_match("th"));
  EXPECT_FALSE(filter.may_match("d"));
  EXPECT_FALSE(filter.may_match(""));
}

TEST(DateStartFilter, RejectsWordsByTheirThirdByteAfterTwoLetters) {
  const DateStartFilter filter = filter_of({"da", "dicembre", "dic", "marzo"});
  for (const std::string_view word : {"da.", "DA.", "dic.", "DICEMBRE", "Marzo.", "marzo"}) {
    EXPECT_TRUE(filter.may_match(word)) << word;
  }
  for (const std::string_view word : {"dal", "dalla", "dito", "maiale", "Mai", "di."}) {
    EXPECT_FALSE(filter.may_match(word)) << word;
  }
  // A third character beyond ASCII might fold to any letter: the lookup decides.
  EXPECT_TRUE(filter.may_match("diÇembre"));
}

TEST(DateStartFilter, LetsASecondCharacterBeyondAsciiThroughButNoFirstOne) {
  const DateStartFilter filter = filter_of({"sessanta"});
  EXPECT_TRUE(filter.may_match("sÉssanta"));   // the lookup decides
  EXPECT_FALSE(filter.may_match("ſessanta"));  // a long s first
}

TEST(DateStartFilter, TakesOnlyFormsOfTwoBytesOrMoreStartingWithALetter) {
  DateStartFilter filter;
  EXPECT_THROW(filter.add("a"), Error);
  EXPECT_THROW(filter.add("Marzo"), Error);
  EXPECT_THROW(filter.add("1er"), Error);
}

}  // namespace
}  // namespace strata::entities
