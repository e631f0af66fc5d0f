// The rule that a country's name is a place: LOC, whatever its sentence makes of it.
#pragma once

#include <filesystem>
#include <span>

#include "entity_set.hpp"
#include "gazetteer.hpp"
#include "strata/token_index.hpp"

namespace strata::entities {

// Names of countries, matched as the gazetteer matches names (case as written, or a span in
// capitals case-insensitively). Read-only once loaded.
class CountryNames {
 public:
  // The names of a "LOC<TAB>name" list; throws Error naming the file, or its line for a bad one.
  static CountryNames load(const std::filesystem::path& file);

  // Whether the tokens are, all of them and nothing more, the name of a country.
  bool is_country(std::span<const Token> tokens) const;

 private:
  Gazetteer names_;
};

// Retypes as LOC each ORG entity that is a country's name. KIND, on which the Italian model is
// trained, marks a country ORG where it acts ("la Russia non esclude..."); readers, and the
// corpus tools that count places, expect "Russia" to be a place everywhere.
void retype_countries(std::span<const Token> tokens, const CountryNames& countries,
                      EntitySet& entities);

}  // namespace strata::entities
