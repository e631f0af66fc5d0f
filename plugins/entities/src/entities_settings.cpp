#include "entities_settings.hpp"

#include <string>

#include "strata/error.hpp"
#include "strata/option_values.hpp"

namespace strata::entities {
namespace {

constexpr const char* kModel = "model";
constexpr const char* kGazetteer = "gazetteer";
constexpr const char* kTypes = "types";
constexpr const char* kMinConfidence = "min-confidence";
constexpr const char* kCountries = "countries";

}  // namespace

std::vector<OptionSpec> EntitiesSettings::declared() {
  return {
      {kModel, OptionType::string, "",
       "Model file (made by 'strata train entities') used for every document; empty: the "
       "model shipped for the document's language (Italian; English has none and uses rules, "
       "lists and dates only)"},
      {kGazetteer, OptionType::string, "",
       "Extra lists of names, files of 'TYPE<TAB>name' lines with TYPE PER, LOC or ORG; "
       "several files separated by commas"},
      {kTypes, OptionType::string, "PER,LOC,ORG,DATE",
       "Entity types to write, comma-separated, among PER, LOC, ORG and DATE"},
      {kMinConfidence, OptionType::real, "0",
       "Write only entities whose confidence is at least this (0 to 1)"},
      {kCountries, OptionType::string, "place",
       "place: a country's name is always LOC; context: ORG where the text makes the country "
       "act (\"la Russia non esclude...\"), as KIND, the Italian model's data, marks it"},
  };
}

EntitiesSettings EntitiesSettings::from(const Options& options) {
  EntitiesSettings settings;
  settings.model = options.get_string(kModel);
  for (const std::string_view path : comma_separated(options.get_string(kGazetteer))) {
    settings.gazetteers.emplace_back(path);
  }
  try {
    settings.types = TypeSet::parse(options.get_string(kTypes));
  } catch (const Error& e) {
    throw Error(std::string("option '") + kTypes + "': " + e.what());
  }
  settings.min_confidence = options.get_real(kMinConfidence);
  if (!(settings.min_confidence >= 0.0 && settings.min_confidence <= 1.0)) {
    throw Error(std::string("option '") + kMinConfidence + "' must be between 0 and 1, not " +
                format_option_value(settings.min_confidence));
  }
  const std::string countries = options.get_string(kCountries);
  if (countries != "place" && countries != "context") {
    throw Error(std::string("option '") + kCountries + "' must be place or context, not '" +
                countries + "'");
  }
  settings.countries_are_places = countries == "place";
  return settings;
}

}  // namespace strata::entities
