#include "entity_set.hpp"

#include <gtest/gtest.h>

namespace strata::entities {
namespace {

FoundEntity entity(std::size_t first, std::size_t last, EntityType type = EntityType::person) {
  return {first, last, type, Source::model, 0.5, {}};
}

TEST(EntitySet, LaterEntitiesOnlyFillFreeTokens) {
  EntitySet set;
  set.reset(10);
  EXPECT_TRUE(set.add_if_free(entity(2, 4)));
  EXPECT_FALSE(set.add_if_free(entity(3, 5)));
  EXPECT_FALSE(set.add_if_free(entity(0, 3)));
  EXPECT_TRUE(set.add_if_free(entity(4, 5)));
  EXPECT_FALSE(set.add_if_free(entity(9, 11)));  // past the end
  EXPECT_FALSE(set.add_if_free(entity(6, 6)));   // empty
  EXPECT_TRUE(set.is_free(5, 10));
  EXPECT_FALSE(set.is_free(1, 3));
  EXPECT_EQ(set.entities().size(), 2u);
}

TEST(EntitySet, TellsWhatCoversAToken) {
  EntitySet set;
  set.reset(6);
  set.add_if_free(entity(1, 3, EntityType::location));
  set.add_if_free(entity(4, 5, EntityType::date));
  ASSERT_NE(set.at(2), nullptr);
  EXPECT_EQ(set.at(2)->type, EntityType::location);
  EXPECT_EQ(set.at(0), nullptr);
  EXPECT_EQ(set.at(99), nullptr);
  EXPECT_EQ(set.single_at(1), nullptr);  // covers two tokens
  ASSERT_NE(set.single_at(4), nullptr);
  set.single_at(4)->type = EntityType::person;
  EXPECT_EQ(set.at(4)->type, EntityType::person);
}

TEST(EntitySet, SortsByFirstTokenAndKeepsOwnership) {
  EntitySet set;
  set.reset(8);
  set.add_if_free(entity(5, 7, EntityType::organisation));
  set.add_if_free(entity(0, 1, EntityType::location));
  set.sort();
  ASSERT_EQ(set.entities().size(), 2u);
  EXPECT_EQ(set.entities()[0].first, 0u);
  EXPECT_EQ(set.at(6)->type, EntityType::organisation);
  EXPECT_EQ(set.at(0)->type, EntityType::location);
  set.reset(3);
  EXPECT_TRUE(set.entities().empty());
  EXPECT_TRUE(set.is_free(0, 3));
}

}  // namespace
}  // namespace strata::entities
