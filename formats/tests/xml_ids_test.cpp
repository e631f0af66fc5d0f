#include "xml_ids.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::formats {
namespace {

using ::testing::HasSubstr;

// "layer:id" of what `xml_id` stands for, or "none".
std::string target_of(const XmlIds& ids, std::string_view xml_id) {
  const std::optional<XmlIdTarget> target = ids.find(xml_id);
  return target ? std::string(target->layer) + ":" + std::to_string(target->id) : "none";
}

TEST(XmlIds, NumberedIdsStandForTheirAnnotations) {
  XmlIds ids;
  ids.add_inline(layer_names::paragraphs, 0, "p1");
  ids.add_inline(layer_names::sentences, 0, "s1");
  for (AnnotationId id = 0; id < 12; ++id) {
    ids.add_inline(layer_names::tokens, id, "w" + std::to_string(id + 1));
  }
  ids.check_inline_ids();
  ids.add_standoff("entity-sentiment", 0, "entity-sentiment-0");
  ids.add_standoff("entity-sentiment", 1, "entity-sentiment-1");
  EXPECT_EQ(target_of(ids, "p1"), "paragraphs:0");
  EXPECT_EQ(target_of(ids, "s1"), "sentences:0");
  EXPECT_EQ(target_of(ids, "w12"), "tokens:11");
  EXPECT_EQ(target_of(ids, "entity-sentiment-1"), "entity-sentiment:1");
  // Past the last, numbered otherwise, or of a layer not read (yet).
  for (const char* absent : {"w13", "w0", "w012", "p2", "x1", "w", "w1x", "entity-sentiment-2",
                             "entity-sentiment-01", "entities-0", "-0", ""}) {
    EXPECT_EQ(target_of(ids, absent), "none") << absent;
  }
}

TEST(XmlIds, OtherIdsAreKeptAsGiven) {
  XmlIds ids;
  ids.add_inline(layer_names::tokens, 0, "w1");
  ids.add_inline(layer_names::tokens, 1, "tok-b");  // edited by hand
  ids.add_inline(layer_names::tokens, 2, "");       // none
  ids.add_inline(layer_names::tokens, 3, "w4");
  ids.check_inline_ids();
  ids.add_standoff("entities", 0, "entities-00");
  EXPECT_EQ(target_of(ids, "tok-b"), "tokens:1");
  EXPECT_EQ(target_of(ids, "w2"), "none");  // its element has another id
  EXPECT_EQ(target_of(ids, "w3"), "none");  // and this one none
  EXPECT_EQ(target_of(ids, "w4"), "tokens:3");
  EXPECT_EQ(target_of(ids, "entities-00"), "entities:0");
  EXPECT_EQ(target_of(ids, "entities-0"), "none");
}

TEST(XmlIds, AnInlineIdUsedTwiceIsRefused) {
  XmlIds twice_by_hand;
  twice_by_hand.add_inline(layer_names::tokens, 0, "a");
  EXPECT_THAT([&] { twice_by_hand.add_inline(layer_names::tokens, 1, "a"); },
              ::testing::ThrowsMessage<Error>(HasSubstr("xml:id \"a\" is used twice")));
  // A later element numbered like an earlier one's id given by hand.
  XmlIds numbered_later;
  numbered_later.add_inline(layer_names::sentences, 0, "w2");
  numbered_later.add_inline(layer_names::tokens, 0, "w1");
  numbered_later.add_inline(layer_names::tokens, 1, "w2");
  EXPECT_THAT([&] { numbered_later.check_inline_ids(); },
              ::testing::ThrowsMessage<Error>(HasSubstr("xml:id \"w2\" is used twice")));
}

TEST(XmlIds, AnIdThatStandsForSomethingKeepsStandingForIt) {
  XmlIds ids;
  ids.add_inline(layer_names::tokens, 0, "w1");
  ids.add_inline(layer_names::tokens, 1, "entities-7x");
  ids.check_inline_ids();
  ids.add_standoff("entities", 0, "entities-7x");
  ids.add_standoff("entities", 1, "w1");  // numbered as an inline element is
  ids.add_standoff("entities", 2, "entities-01");
  ids.add_standoff("entities", 3, "entities-01");
  EXPECT_EQ(target_of(ids, "entities-7x"), "tokens:1");
  EXPECT_EQ(target_of(ids, "w1"), "tokens:0");
  EXPECT_EQ(target_of(ids, "entities-01"), "entities:2");
}

TEST(XmlIds, TheFirstIdUsedTwiceIsNamed) {
  // "w3" by hand, then numbered; "w2" numbered, then by hand. Read in order, "w3" comes
  // twice first.
  XmlIds ids;
  ids.add_inline(layer_names::tokens, 0, "w3");
  ids.add_inline(layer_names::tokens, 1, "w2");
  ids.add_inline(layer_names::tokens, 2, "w3");
  ids.add_inline(layer_names::tokens, 3, "w2");
  EXPECT_THAT([&] { ids.check_inline_ids(); },
              ::testing::ThrowsMessage<Error>(HasSubstr("xml:id \"w3\" is used twice")));
}

}  // namespace
}  // namespace strata::formats
