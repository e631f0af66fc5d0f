// The options of the entities plugin: what the manifest declares and what configure() checks.
#pragma once

#include <filesystem>
#include <vector>

#include "entity_type.hpp"
#include "strata/options.hpp"

namespace strata::entities {

// The plugin's options once checked.
struct EntitiesSettings {
  // A model file for every document; empty for the model shipped for each language (Italian
  // has one, English none).
  std::filesystem::path model;
  // The user's lists of names, added to the shipped ones.
  std::vector<std::filesystem::path> gazetteers;
  TypeSet types;  // the types written to the layer
  double min_confidence = 0.0;
  // A country's name is always LOC ("place"), or ORG where the model reads it as acting
  // ("context", KIND's convention).
  bool countries_are_places = true;

  // The options as the manifest declares them, with their defaults and help.
  static std::vector<OptionSpec> declared();
  // Reads and checks the options; throws Error, one line naming the option, for a value it
  // cannot use.
  static EntitiesSettings from(const Options& options);
};

}  // namespace strata::entities
