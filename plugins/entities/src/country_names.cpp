#include "country_names.hpp"

#include <string_view>
#include <vector>

#include "gazetteer_files.hpp"

namespace strata::entities {

CountryNames CountryNames::load(const std::filesystem::path& file) {
  CountryNames countries;
  constexpr std::string_view kTypes[] = {"LOC"};
  add_gazetteer_file(countries.names_, file, Strength::strong, kTypes);
  return countries;
}

bool CountryNames::is_country(std::span<const Token> tokens) const {
  std::vector<std::string_view> words;
  words.reserve(tokens.size());
  for (const Token& token : tokens) words.push_back(token.text);
  for (const GazetteerMatch& match : names_.match(words)) {
    if (match.first == 0 && match.last == words.size()) return true;
  }
  return false;
}

void retype_countries(std::span<const Token> tokens, const CountryNames& countries,
                      EntitySet& entities) {
  for (FoundEntity& entity : entities.editable()) {
    if (entity.type != EntityType::organisation) continue;
    if (countries.is_country(tokens.subspan(entity.first, entity.last - entity.first))) {
      entity.type = EntityType::location;
    }
  }
}

}  // namespace strata::entities
