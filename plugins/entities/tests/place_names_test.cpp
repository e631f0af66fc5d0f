#include "place_names.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "entity_test_support.hpp"

namespace strata::entities {
namespace {

const std::filesystem::path kCountries =
    std::filesystem::path(ENTITIES_RESOURCE_DIR) / "gazetteer-countries.txt";
const std::filesystem::path kCities =
    std::filesystem::path(ENTITIES_RESOURCE_DIR) / "gazetteer-places.txt";

TEST(PlaceNames, KnowsWholeNamesOnly) {
  const PlaceNames countries = PlaceNames::load(kCountries);
  const testing::TokenizedText text("Russia Corea del Nord Corea RUSSIA russia Roma", "it");
  const auto t = text.tokens();
  EXPECT_TRUE(countries.is_name(t.subspan(0, 1)));   // Russia
  EXPECT_TRUE(countries.is_name(t.subspan(1, 3)));   // Corea del Nord
  EXPECT_FALSE(countries.is_name(t.subspan(1, 2)));  // Corea del
  EXPECT_FALSE(countries.is_name(t.subspan(0, 2)));  // Russia Corea
  EXPECT_TRUE(countries.is_name(t.subspan(5, 1)));   // RUSSIA, in capitals
  EXPECT_FALSE(countries.is_name(t.subspan(6, 1)));  // russia, a common word's case
  EXPECT_FALSE(countries.is_name(t.subspan(7, 1)));  // Roma, a city
}

TEST(PlaceNames, RetypesOrganisationsThatAreCountries) {
  const PlaceNames countries = PlaceNames::load(kCountries);
  const testing::TokenizedText text("Russia e Mosca e ONU e Italia", "it");
  EntitySet entities;
  entities.reset(text.tokens().size());
  entities.add_if_free({0, 1, EntityType::organisation, Source::model, 0.9, {}});  // Russia
  entities.add_if_free({2, 3, EntityType::organisation, Source::model, 0.9, {}});  // Mosca
  entities.add_if_free({4, 5, EntityType::organisation, Source::model, 0.9, {}});  // ONU
  entities.add_if_free({6, 7, EntityType::person, Source::model, 0.9, {}});        // Italia
  retype_countries(text.tokens(), countries, entities);
  EXPECT_EQ(testing::spans_of(text.tokens(), entities),
            "LOC:Russia/model ORG:Mosca/model ORG:ONU/model PER:Italia/model ");
}

TEST(PlaceNames, RetypesDatelinesInCapitals) {
  const PlaceNames cities = PlaceNames::load(kCities);
  // Sentence starts at "ROMA", "NAPOLI", "TORINO", "Roma" and "ROMA" (the last).
  const testing::TokenizedText text("ROMA – a . NAPOLI , 3 marzo – b . TORINO c . Roma – d . ROMA",
                                    "it");
  const auto t = text.tokens();
  std::vector<bool> starts(t.size(), false);
  for (const std::size_t s : {0u, 4u, 11u, 14u, 18u}) starts[s] = true;
  EntitySet entities;
  entities.reset(t.size());
  for (const std::size_t at : {0u, 4u, 11u, 14u, 18u}) {
    entities.add_if_free({at, at + 1, EntityType::organisation, Source::model, 0.9, {}});
  }
  retype_datelines(t, starts, cities, entities);
  // No dash or comma after TORINO, not in capitals Roma, nothing after the last ROMA.
  EXPECT_EQ(testing::spans_of(t, entities),
            "LOC:ROMA/model LOC:NAPOLI/model ORG:TORINO/model ORG:Roma/model ORG:ROMA/model ");
}

TEST(PlaceNames, ABadListLineIsAnErrorNamingTheLine) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / "strata-country-names-test.txt";
  std::ofstream(file) << "LOC\tRussia\nORG\tONU\n";
  const std::string error = testing::error_of([&] { PlaceNames::load(file); });
  std::filesystem::remove(file);
  EXPECT_NE(error.find("strata-country-names-test.txt:2: type 'ORG' is not one of LOC"),
            std::string::npos)
      << error;
}

}  // namespace
}  // namespace strata::entities
