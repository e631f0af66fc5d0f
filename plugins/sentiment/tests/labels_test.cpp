// Labels from compound scores and thresholds.
#include "labels.hpp"

#include <gtest/gtest.h>

namespace strata::sentiment {
namespace {

TEST(Labels, ThresholdsBelongToTheirSide) {
  const Thresholds vader;
  EXPECT_EQ(label_for(0.05, vader), Label::positive);
  EXPECT_EQ(label_for(0.049, vader), Label::neutral);
  EXPECT_EQ(label_for(-0.049, vader), Label::neutral);
  EXPECT_EQ(label_for(-0.05, vader), Label::negative);
  EXPECT_EQ(label_for(0.3, {0.5, -0.5}), Label::neutral);
}

TEST(Labels, EachLabelHasItsOwnName) {
  EXPECT_EQ(name_of(Label::positive), "positive");
  EXPECT_EQ(name_of(Label::neutral), "neutral");
  EXPECT_EQ(name_of(Label::negative), "negative");
}

}  // namespace
}  // namespace strata::sentiment
