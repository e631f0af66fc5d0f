#include "entity_span.hpp"

#include <gtest/gtest.h>

namespace strata::entities {
namespace {

constexpr Tag O = TagSet::kOutside;
const Tag BP = TagSet::begin_tag(0);
const Tag IP = TagSet::inside_tag(0);
const Tag BL = TagSet::begin_tag(1);
const Tag IL = TagSet::inside_tag(1);

TEST(EntitySpans, ReadsBioSequences) {
  const std::vector<Tag> tags = {BP, IP, O, BL, BL, IL, O};
  const std::vector<EntitySpan> expected = {{0, 2, 0}, {3, 4, 1}, {4, 6, 1}};
  EXPECT_EQ(entity_spans(tags), expected);
}

TEST(EntitySpans, AnInsideTagThatContinuesNothingStartsAnEntity) {
  const std::vector<Tag> tags = {IL, O, BP, IL};
  const std::vector<EntitySpan> expected = {{0, 1, 1}, {2, 3, 0}, {3, 4, 1}};
  EXPECT_EQ(entity_spans(tags), expected);
}

}  // namespace
}  // namespace strata::entities
