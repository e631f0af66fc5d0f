#include "case_name.hpp"

#include <gtest/gtest.h>

namespace strata::legal::us {
namespace {

CaseName before_cite(std::string_view text) {
  return read_case_name(text, text.find("1 U.S."), 0);
}

TEST(CaseName, PartiesAroundVersus) {
  const auto name = before_cite("Per Curiams. Spano v. People of State of New York, 1 U.S. 1");
  EXPECT_TRUE(name.found);
  EXPECT_EQ(name.plaintiff, "Spano");
  EXPECT_EQ(name.defendant, "People of State of New York");
  EXPECT_EQ(before_cite("and so on Jin Fuey Moy v. United States, 1 U.S. 1").plaintiff,
            "Jin Fuey Moy");
  EXPECT_EQ(before_cite("Rogers v Rogers (1999) 1 U.S. 1").year, "1999");
}

TEST(CaseName, SignalWordsAreNotParties) {
  EXPECT_EQ(before_cite("See DeSantis v. Wackenhut Corp., 1 U.S. 1").plaintiff, "DeSantis");
  EXPECT_EQ(before_cite("In Foo v. Bar, 1 U.S. 1").plaintiff, "Foo");
}

TEST(CaseName, NoNameWithoutVersusOrInRe) {
  EXPECT_FALSE(before_cite("as we held in 1 U.S. 1").found);
  EXPECT_FALSE(before_cite("v. Bar, 1 U.S. 1").found);
  EXPECT_FALSE(before_cite("Foo v. Bar; 1 U.S. 1").found);  // a semicolon ends the name
}

TEST(CaseName, NameBeforeSupra) {
  const std::string text = "as said in Foo v. Bar, supra";
  std::size_t begin = 0;
  EXPECT_EQ(name_before(text, text.find("supra"), 0, begin), "Bar");
  EXPECT_EQ(text.substr(begin, 3), "Bar");
  const std::string after_cite = "347 U.S. 494. Roe, supra";
  EXPECT_EQ(name_before(after_cite, after_cite.find("supra"), 0, begin), "Roe");
  const std::string company = "in Bell Atlantic Corp., supra";
  EXPECT_EQ(name_before(company, company.find("supra"), 0, begin), "Bell Atlantic Corp.");
}

}  // namespace
}  // namespace strata::legal::us
