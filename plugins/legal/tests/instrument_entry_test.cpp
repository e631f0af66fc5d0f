#include "instrument_entry.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::legal {
namespace {

std::string error_of(std::vector<std::string> values) {
  try {
    check_instrument_entry(values);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(InstrumentEntry, TakesEveryTypeWithAnIdAndAName) {
  EXPECT_EQ(error_of({"legislation", "urn:nir:stato:legge:1942-03-16;267", "legge fallimentare"}),
            "");
  EXPECT_EQ(error_of({"code", "urn:nir:stato:codice.civile:1942-03-16;262", "codice civile"}), "");
  EXPECT_EQ(error_of({"constitution", "urn:nir:stato:costituzione:;", "Costituzione"}), "");
  EXPECT_EQ(error_of({"eu", "32016R0679", "General Data Protection Regulation"}), "");
  EXPECT_EQ(error_of({"treaty", "echr", "European Convention on Human Rights"}), "");
  EXPECT_EQ(error_of({"treaty", "12016E", "TFEU"}), "");
  EXPECT_EQ(error_of({"constitution", "statuto-albertino", "Statuto albertino"}), "");
}

TEST(InstrumentEntry, RefusesAnUnknownType) {
  EXPECT_EQ(error_of({"foo", "urn:nir:stato:legge:2000;1", "x"}),
            "unknown type 'foo' (use legislation, code, constitution, eu or treaty)");
  EXPECT_EQ(error_of({"legislaton", "urn:nir:stato:legge:2000;1", "x"}).find("unknown type"), 0u);
  EXPECT_EQ(error_of({"case", "347 U.S. 483", "x"}).find("unknown type 'case'"), 0u);
}

TEST(InstrumentEntry, RefusesAnEmptyIdOrName) {
  EXPECT_EQ(error_of({"legislation", "", "legge fallimentare"}), "the id is empty");
  EXPECT_EQ(error_of({"legislation", "urn:nir:stato:legge:1942-03-16;267", ""}),
            "the name is empty");
}

}  // namespace
}  // namespace strata::legal
