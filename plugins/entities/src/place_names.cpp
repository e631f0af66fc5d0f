#include "place_names.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "gazetteer_files.hpp"

namespace strata::entities {
namespace {

// Whether the token has letters and none in lower case (ASCII; accented capitals, as in
// "FORLÌ", count as letters that are not lower case).
bool in_capitals(const Token& token) {
  const std::string_view text = token.text;
  const bool lower =
      std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const bool upper =
      std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return upper && !lower;
}

bool is_dateline_end(const Token& token) {
  const std::string_view text = token.text;
  return text == "\u2013" || text == "\u2014" || text == "-" || text == ",";
}

}  // namespace

PlaceNames PlaceNames::load(const std::filesystem::path& file) {
  PlaceNames places;
  constexpr std::string_view kTypes[] = {"LOC"};
  add_gazetteer_file(places.names_, file, Strength::strong, kTypes);
  return places;
}

bool PlaceNames::is_name(std::span<const Token> tokens) const {
  std::vector<std::string_view> words;
  words.reserve(tokens.size());
  for (const Token& token : tokens) words.push_back(token.text);
  for (const GazetteerMatch& match : names_.match(words)) {
    if (match.first == 0 && match.last == words.size()) return true;
  }
  return false;
}

void retype_countries(std::span<const Token> tokens, const PlaceNames& countries,
                      EntitySet& entities) {
  for (FoundEntity& entity : entities.editable()) {
    if (entity.type != EntityType::organisation) continue;
    if (countries.is_name(tokens.subspan(entity.first, entity.last - entity.first))) {
      entity.type = EntityType::location;
    }
  }
}

void retype_datelines(std::span<const Token> tokens, const std::vector<bool>& sentence_starts,
                      const PlaceNames& cities, EntitySet& entities) {
  for (FoundEntity& entity : entities.editable()) {
    if (entity.type != EntityType::organisation || !sentence_starts[entity.first] ||
        entity.last >= tokens.size() || !is_dateline_end(tokens[entity.last])) {
      continue;
    }
    const std::span<const Token> name = tokens.subspan(entity.first, entity.last - entity.first);
    if (std::all_of(name.begin(), name.end(), in_capitals) && cities.is_name(name)) {
      entity.type = EntityType::location;
    }
  }
}

}  // namespace strata::entities
