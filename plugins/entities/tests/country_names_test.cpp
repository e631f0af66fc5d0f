#include "country_names.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "entity_test_support.hpp"

namespace strata::entities {
namespace {

const std::filesystem::path kCountries =
    std::filesystem::path(ENTITIES_RESOURCE_DIR) / "gazetteer-countries.txt";

TEST(CountryNames, KnowsWholeNamesOnly) {
  const CountryNames countries = CountryNames::load(kCountries);
  const testing::TokenizedText text("Russia Corea del Nord Corea RUSSIA russia Roma", "it");
  const auto t = text.tokens();
  EXPECT_TRUE(countries.is_country(t.subspan(0, 1)));   // Russia
  EXPECT_TRUE(countries.is_country(t.subspan(1, 3)));   // Corea del Nord
  EXPECT_FALSE(countries.is_country(t.subspan(1, 2)));  // Corea del
  EXPECT_FALSE(countries.is_country(t.subspan(0, 2)));  // Russia Corea
  EXPECT_TRUE(countries.is_country(t.subspan(5, 1)));   // RUSSIA, in capitals
  EXPECT_FALSE(countries.is_country(t.subspan(6, 1)));  // russia, a common word's case
  EXPECT_FALSE(countries.is_country(t.subspan(7, 1)));  // Roma, a city
}

TEST(CountryNames, RetypesOrganisationsThatAreCountries) {
  const CountryNames countries = CountryNames::load(kCountries);
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

TEST(CountryNames, ABadListLineIsAnErrorNamingTheLine) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / "strata-country-names-test.txt";
  std::ofstream(file) << "LOC\tRussia\nORG\tONU\n";
  const std::string error = testing::error_of([&] { CountryNames::load(file); });
  std::filesystem::remove(file);
  EXPECT_NE(error.find("strata-country-names-test.txt:2: type 'ORG' is not one of LOC"),
            std::string::npos)
      << error;
}

}  // namespace
}  // namespace strata::entities
