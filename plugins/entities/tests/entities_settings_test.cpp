#include "entities_settings.hpp"

#include <gtest/gtest.h>

#include <map>

#include "entity_test_support.hpp"

namespace strata::entities {
namespace {

// The declared defaults with some values changed.
Options options(const std::map<std::string, std::string>& changed = {}) {
  Options values;
  for (const OptionSpec& spec : EntitiesSettings::declared()) {
    const auto found = changed.find(spec.name);
    values.set(spec.name, parse_option_value(spec.type, found == changed.end() ? spec.default_value
                                                                               : found->second));
  }
  return values;
}

std::string error_of(const std::map<std::string, std::string>& changed) {
  return testing::error_of([&] { EntitiesSettings::from(options(changed)); });
}

TEST(EntitiesSettings, DeclaresFiveOptionsWithHelp) {
  std::vector<std::string> names;
  for (const OptionSpec& spec : EntitiesSettings::declared()) {
    names.push_back(spec.name);
    EXPECT_FALSE(spec.help.empty()) << spec.name;
  }
  EXPECT_EQ(names, (std::vector<std::string>{"model", "gazetteer", "types", "min-confidence",
                                             "countries"}));
}

TEST(EntitiesSettings, TheDefaultsKeepEverything) {
  const EntitiesSettings settings = EntitiesSettings::from(options());
  EXPECT_TRUE(settings.model.empty());
  EXPECT_TRUE(settings.gazetteers.empty());
  for (const EntityType type :
       {EntityType::person, EntityType::location, EntityType::organisation, EntityType::date}) {
    EXPECT_TRUE(settings.types.contains(type));
  }
  EXPECT_EQ(settings.min_confidence, 0.0);
  EXPECT_TRUE(settings.countries_are_places);
}

TEST(EntitiesSettings, ReadsSeveralGazetteersAndATypeList) {
  const EntitiesSettings settings = EntitiesSettings::from(
      options({{"gazetteer", "a.txt,/lists/b.txt"}, {"types", "LOC"}, {"model", "m.bin"}}));
  EXPECT_EQ(settings.gazetteers, (std::vector<std::filesystem::path>{"a.txt", "/lists/b.txt"}));
  EXPECT_TRUE(settings.types.contains(EntityType::location));
  EXPECT_FALSE(settings.types.contains(EntityType::person));
  EXPECT_EQ(settings.model, "m.bin");
}

TEST(EntitiesSettings, RefusesValuesItCannotUse) {
  EXPECT_EQ(error_of({{"types", "PER,PERSON"}}),
            "option 'types': unknown entity type 'PERSON' (the types are PER, LOC, ORG and "
            "DATE, comma-separated)");
  EXPECT_EQ(error_of({{"types", ""}}).find("option 'types': no entity type given"), 0u);
  EXPECT_EQ(error_of({{"min-confidence", "1.5"}}),
            "option 'min-confidence' must be between 0 and 1, not 1.5");
  EXPECT_EQ(error_of({{"min-confidence", "-0.1"}}).find("option 'min-confidence'"), 0u);
  EXPECT_EQ(error_of({{"min-confidence", "1"}}), "");
  EXPECT_EQ(error_of({{"countries", "LOC"}}),
            "option 'countries' must be place or context, not 'LOC'");
  EXPECT_FALSE(EntitiesSettings::from(options({{"countries", "context"}})).countries_are_places);
}

}  // namespace
}  // namespace strata::entities
