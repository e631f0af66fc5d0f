#include "tag_set.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::entities {
namespace {

TEST(TagSet, NumbersTagsOutsideThenBeginAndInsidePerType) {
  const TagSet tags({"PER", "LOC", "ORG"});
  EXPECT_EQ(tags.size(), 7u);
  EXPECT_EQ(tags.label(0), "O");
  EXPECT_EQ(tags.label(TagSet::begin_tag(1)), "B-LOC");
  EXPECT_EQ(tags.label(TagSet::inside_tag(2)), "I-ORG");
  EXPECT_EQ(TagSet::type_of(TagSet::inside_tag(2)), 2u);
  EXPECT_TRUE(TagSet::is_begin(TagSet::begin_tag(0)));
  EXPECT_FALSE(TagSet::is_inside(TagSet::kOutside));
  EXPECT_EQ(tags.find_type("ORG"), 2u);
  EXPECT_FALSE(tags.find_type("DATE"));
  EXPECT_EQ(tags.describe(), "PER, LOC, ORG");
}

TEST(TagSet, InsideOnlyContinuesTheSameType) {
  const Tag b_per = TagSet::begin_tag(0);
  const Tag i_per = TagSet::inside_tag(0);
  const Tag i_loc = TagSet::inside_tag(1);
  EXPECT_TRUE(TagSet::may_follow(b_per, i_per));
  EXPECT_TRUE(TagSet::may_follow(i_per, i_per));
  EXPECT_FALSE(TagSet::may_follow(b_per, i_loc));
  EXPECT_FALSE(TagSet::may_follow(TagSet::kOutside, i_per));
  EXPECT_FALSE(TagSet::may_follow(std::nullopt, i_per));
  EXPECT_TRUE(TagSet::may_follow(std::nullopt, b_per));
}

TEST(TagSet, RejectsUnusableTypeLists) {
  EXPECT_THROW(TagSet(std::vector<std::string>{}), Error);
  EXPECT_THROW(TagSet({"PER", "PER"}), Error);
  EXPECT_THROW(TagSet({"per"}), Error);
  EXPECT_THROW(TagSet({"B-X"}), Error);
}

}  // namespace
}  // namespace strata::entities
