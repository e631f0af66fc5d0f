#include "entity_type.hpp"

#include <gtest/gtest.h>

#include "entity_test_support.hpp"

namespace strata::entities {
namespace {

std::string error_of(std::string_view list) {
  return testing::error_of([&] { TypeSet::parse(list); });
}

TEST(EntityType, LabelsReadBack) {
  for (const EntityType type :
       {EntityType::person, EntityType::location, EntityType::organisation, EntityType::date}) {
    EXPECT_EQ(entity_type(label(type)), type);
  }
  EXPECT_EQ(label(EntityType::organisation), "ORG");
  EXPECT_FALSE(entity_type("MISC"));
  EXPECT_FALSE(entity_type("per"));
}

TEST(EntityType, ATypeListKeepsWhatItNames) {
  const TypeSet set = TypeSet::parse(" PER , DATE");
  EXPECT_TRUE(set.contains(EntityType::person));
  EXPECT_TRUE(set.contains(EntityType::date));
  EXPECT_FALSE(set.contains(EntityType::location));
  EXPECT_FALSE(set.contains(EntityType::organisation));
}

TEST(EntityType, ABadTypeListSaysWhatIsWrong) {
  EXPECT_EQ(error_of("PER,GPE"),
            "unknown entity type 'GPE' (the types are PER, LOC, ORG and DATE, comma-separated)");
  EXPECT_EQ(error_of(" , "), "no entity type given (the types are PER, LOC, ORG and DATE)");
}

}  // namespace
}  // namespace strata::entities
