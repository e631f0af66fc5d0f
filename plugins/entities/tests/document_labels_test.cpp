#include "document_labels.hpp"

#include <gtest/gtest.h>

#include "document_context.hpp"
#include "hashing.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

using testing::sentence;

TEST(DocumentLabels, CountsHowCapitalisedWordsWereTagged) {
  const LabeledSentence first = sentence("Mario/B-PER Draghi/I-PER parla a Roma/B-LOC .");
  const LabeledSentence second = sentence("Draghi/B-PER lascia Roma/O oggi");
  DocumentLabels labels(3);
  for (const LabeledSentence* s : {&first, &second}) {
    TokenWorkspace workspace;
    describe_tokens(testing::views(*s), DocumentContext(), Gazetteer(), workspace);
    labels.add(workspace.tokens, s->tags);
  }
  const auto draghi = labels.counts(hash_string("draghi"));
  ASSERT_TRUE(draghi.has_value());
  EXPECT_EQ(draghi->in_entity[0 * 4 + static_cast<int>(SpanPosition::last)], 1);
  EXPECT_EQ(draghi->in_entity[0 * 4 + static_cast<int>(SpanPosition::unit)], 1);
  EXPECT_EQ(draghi->outside, 0);
  const auto roma = labels.counts(hash_string("roma"));
  ASSERT_TRUE(roma.has_value());
  EXPECT_EQ(roma->in_entity[1 * 4 + static_cast<int>(SpanPosition::unit)], 1);
  EXPECT_EQ(roma->outside, 1);
  EXPECT_FALSE(labels.counts(hash_string("parla")).has_value());  // lower case: not counted
}

TEST(DocumentLabels, PositionsInEntities) {
  const std::vector<Tag> tags = {TagSet::begin_tag(0), TagSet::inside_tag(0), TagSet::inside_tag(0),
                                 TagSet::kOutside, TagSet::begin_tag(1)};
  EXPECT_EQ(entity_position(tags, 0), SpanPosition::begin);
  EXPECT_EQ(entity_position(tags, 1), SpanPosition::inside);
  EXPECT_EQ(entity_position(tags, 2), SpanPosition::last);
  EXPECT_EQ(entity_position(tags, 4), SpanPosition::unit);
}

}  // namespace
}  // namespace strata::entities
