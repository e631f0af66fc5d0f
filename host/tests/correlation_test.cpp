#include "correlation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace strata::host {
namespace {

TEST(PearsonR, MatchesAHandComputedValue) {
  // Centred: dx = -1.5 -0.5 0.5 1.5, dy = -3 -1 0 4; sum dx*dy = 11, sum dx^2 = 5, sum dy^2 = 26.
  const auto r = pearson_r({1, 2, 3, 4}, {2, 4, 5, 9});
  ASSERT_TRUE(r);
  EXPECT_NEAR(*r, 11 / std::sqrt(130.0), 1e-12);
}

TEST(PearsonR, IsOneOrMinusOneOnALine) {
  EXPECT_NEAR(*pearson_r({-1, 0, 0.5}, {-3, 1, 3}), 1.0, 1e-12);
  EXPECT_NEAR(*pearson_r({-1, 0, 0.5}, {3, -1, -3}), -1.0, 1e-12);
}

TEST(PearsonR, IsUndefinedForOnePairOrAConstantSide) {
  EXPECT_FALSE(pearson_r({1}, {2}));
  EXPECT_FALSE(pearson_r({}, {}));
  EXPECT_FALSE(pearson_r({1, 2, 3}, {0.5, 0.5, 0.5}));
}

TEST(PearsonR, RefusesSidesOfDifferentSizes) {
  EXPECT_THROW(pearson_r({1, 2}, {1, 2, 3}), std::invalid_argument);
}

}  // namespace
}  // namespace strata::host
