#include "trigger_words.hpp"

#include <gtest/gtest.h>

#include "feature_templates.hpp"

namespace strata::entities {
namespace {

TEST(TriggerWords, KnowsTitlesHeadsSuffixesAndConnectors) {
  EXPECT_NE(trigger_kinds("ministro") & kPersonTitle, 0);
  EXPECT_NE(trigger_kinds("mr.") & kPersonTitle, 0);
  EXPECT_NE(trigger_kinds("università") & kOrgHead, 0);
  EXPECT_NE(trigger_kinds("s.p.a.") & kOrgSuffix, 0);
  EXPECT_NE(trigger_kinds("d'") & kConnector, 0);
  EXPECT_NE(trigger_kinds("via") & kPlaceHead, 0);
  EXPECT_EQ(trigger_kinds("tavolo"), 0);
  EXPECT_EQ(trigger_kinds("Ministro"), 0);  // lookups take the normalized form
}

TEST(TriggerWords, AWordMayBeOfSeveralKinds) {
  const std::uint8_t kinds = trigger_kinds("da");
  EXPECT_NE(kinds & kConnector, 0);
  EXPECT_NE(kinds & kPlacePrefix, 0);
}

TEST(TriggerWords, ListsGoIntoTheFeatureSetHash) {
  EXPECT_NE(trigger_word_lists().find("presidente"), std::string_view::npos);
  EXPECT_EQ(feature_set_hash(), feature_set_hash());
}

}  // namespace
}  // namespace strata::entities
