#include "court_names.hpp"

#include <gtest/gtest.h>

namespace strata::legal::us {
namespace {

TEST(CourtNames, FederalCourtsGetCourtsDbIdentifiers) {
  EXPECT_EQ(normalize_court("4th Cir."), "ca4");
  EXPECT_EQ(normalize_court("D.C. Cir."), "cadc");
  EXPECT_EQ(normalize_court("Fed. Cir."), "cafc");
  EXPECT_EQ(normalize_court("S.D.N.Y."), "nysd");
  EXPECT_EQ(normalize_court("D Kan"), "ksd");
  EXPECT_EQ(normalize_court("E.D. Pa."), "paed");
  EXPECT_EQ(normalize_court("CA5"), "ca5");
}

TEST(CourtNames, OthersStayAsWritten) {
  EXPECT_EQ(normalize_court("Pa."), "Pa.");
  EXPECT_EQ(normalize_court("La.App.  4 Cir.,"), "La.App. 4 Cir.");
  EXPECT_EQ(normalize_court(""), "");
}

}  // namespace
}  // namespace strata::legal::us
