#include "html_segments.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace strata::formats {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(HtmlSegments, CrossingSpansAreCutWhereEitherBeginsOrEnds) {
  // [2, 6) and [4, 9) cross: 0-2 none, 2-4 the first, 4-6 both, 6-9 the second, 9-10 none.
  const std::vector<ShownSpan> spans = {{0, 0, 2, 6}, {1, 0, 4, 9}};
  const auto cut = segments(spans, 10, {});
  ASSERT_EQ(cut.size(), 5u);
  EXPECT_EQ(cut[0].end, 2u);
  EXPECT_THAT(cut[0].covering, IsEmpty());
  EXPECT_THAT(cut[1].covering, ElementsAre(0));
  EXPECT_EQ(cut[2].begin, 4u);
  EXPECT_THAT(cut[2].covering, ElementsAre(0, 1));
  EXPECT_THAT(cut[3].covering, ElementsAre(1));
  EXPECT_EQ(cut[4].begin, 9u);
  EXPECT_EQ(cut[4].end, 10u);
}

TEST(HtmlSegments, TheLongerOfSpansBeginningTogetherIsOuter) {
  const std::vector<ShownSpan> spans = {{0, 0, 0, 3}, {1, 0, 0, 8}};
  const auto cut = segments(spans, 8, {});
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_THAT(cut[0].covering, ElementsAre(1, 0));
  EXPECT_THAT(cut[1].covering, ElementsAre(1));
}

TEST(HtmlSegments, ExtraCutsSplitASpanAndEmptySpansCoverNothing) {
  const std::vector<ShownSpan> spans = {{0, 0, 0, 6}, {0, 1, 3, 3}};
  const auto cut = segments(spans, 6, {3});
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_EQ(cut[0].end, 3u);
  EXPECT_THAT(cut[0].covering, ElementsAre(0));
  EXPECT_THAT(cut[1].covering, ElementsAre(0));
}

TEST(HtmlSegments, AnEmptyTextHasNoSegments) {
  EXPECT_THAT(segments({}, 0, {0}), IsEmpty());
}

}  // namespace
}  // namespace strata::formats
