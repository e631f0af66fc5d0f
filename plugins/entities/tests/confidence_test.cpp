#include "confidence.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace strata::entities {
namespace {

TEST(Confidence, CalibrationFollowsHowOftenMarginsAreRight) {
  // Small margins are right half of the time, large ones always.
  std::vector<double> margins;
  std::vector<bool> correct;
  for (int k = 0; k < 100; ++k) {
    margins.push_back(0.5);
    correct.push_back(k % 2 == 0);
    margins.push_back(10.0);
    correct.push_back(true);
  }
  const ConfidenceCalibration c = fit_calibration(margins, correct);
  EXPECT_GT(c.slope, 0.0);
  EXPECT_NEAR(c(0.5), 0.5, 0.05);
  EXPECT_GT(c(10.0), 0.97);
  EXPECT_LT(c(0.0), c(5.0));
}

TEST(Confidence, DegenerateDataStaysFinite) {
  const ConfidenceCalibration none = fit_calibration({}, {});
  EXPECT_DOUBLE_EQ(none(3.0), 0.5);
  const std::vector<double> margins = {1.0, 2.0, 3.0};
  const ConfidenceCalibration all_right = fit_calibration(margins, {true, true, true});
  EXPECT_TRUE(std::isfinite(all_right.slope));
  EXPECT_GT(all_right(2.0), 0.9);
}

TEST(Confidence, MarginIsTheLeastGapOverTheEntityAndItsExtension) {
  // Two tokens, three tags (O, B-X, I-X); max-marginals chosen by hand.
  const std::vector<Tag> tags = {1, 0};
  const std::vector<double> marginals = {
      7.0,  10.0, 3.0,  // token 0: B-X wins by 3 over O
      10.0, 4.0,  9.0,  // token 1: O wins, but I-X (extending the entity) is 1 behind
  };
  const EntitySpan entity{0, 1, 0};
  EXPECT_DOUBLE_EQ(entity_margin(marginals, 10.0, tags, 3, entity), 1.0);
  const EntitySpan whole{0, 2, 0};
  const std::vector<Tag> both = {1, 2};
  const std::vector<double> sure = {0.0, 10.0, 2.0, 1.0, 0.0, 10.0};
  EXPECT_DOUBLE_EQ(entity_margin(sure, 10.0, both, 3, whole), 8.0);
}

}  // namespace
}  // namespace strata::entities
