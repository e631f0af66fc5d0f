// Rules that a name is a place whatever its sentence makes of it: a country's name, and the city
// that opens a news report in capitals.
#pragma once

#include <filesystem>
#include <span>
#include <vector>

#include "entity_set.hpp"
#include "gazetteer.hpp"
#include "strata/token_index.hpp"

namespace strata::entities {

// Names of places (countries, or cities), matched as the gazetteer matches names (case as
// written, or a span in capitals case-insensitively). Read-only once loaded.
class PlaceNames {
 public:
  // The names of a "LOC<TAB>name" list; throws Error naming the file, or its line for a bad one.
  static PlaceNames load(const std::filesystem::path& file);

  // Whether the tokens are, all of them and nothing more, one of the names.
  bool is_name(std::span<const Token> tokens) const;

 private:
  Gazetteer names_;
};

// Retypes as LOC each ORG entity that is a country's name. KIND, on which the Italian model is
// trained, marks a country ORG where it acts ("la Russia non esclude..."); readers, and the
// corpus tools that count places, expect "Russia" to be a place everywhere.
void retype_countries(std::span<const Token> tokens, const PlaceNames& countries,
                      EntitySet& entities);

// Retypes as LOC each ORG entity that is a dateline: a city's name in capitals that starts a
// sentence before a dash or a comma ("ROMA – Il governo...", "NAPOLI, 3 marzo –"). The model
// reads a word in capitals as an acronym, which is mostly an organisation's.
void retype_datelines(std::span<const Token> tokens, const std::vector<bool>& sentence_starts,
                      const PlaceNames& cities, EntitySet& entities);

}  // namespace strata::entities
