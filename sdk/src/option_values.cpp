#include "strata/option_values.hpp"

#include <algorithm>

#include "strata/error.hpp"

namespace strata {

std::vector<std::string_view> comma_separated(std::string_view list) {
  std::vector<std::string_view> items;
  std::size_t at = 0;
  while (at <= list.size()) {
    std::size_t end = list.find(',', at);
    if (end == std::string_view::npos) end = list.size();
    std::string_view item = list.substr(at, end - at);
    at = end + 1;
    const std::size_t first = item.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    item = item.substr(first, item.find_last_not_of(" \t") - first + 1);
    items.push_back(item);
  }
  return items;
}

bool is_language(std::string_view language, std::string_view code) {
  const std::string_view primary = language.substr(0, language.find_first_of("-_"));
  if (primary.size() != code.size()) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if ((primary[i] | 0x20) != code[i]) return false;
  }
  return true;
}

std::vector<std::string> language_list(std::string_view value,
                                       std::span<const std::string_view> known,
                                       std::string_view option) {
  const auto error = [&](const std::string& problem) {
    std::string names;
    for (std::size_t i = 0; i < known.size(); ++i) {
      names += i == 0 ? "" : i + 1 == known.size() ? " and " : ", ";
      names += known[i];
    }
    return Error("option '" + std::string(option) + "': " + problem + " (" + names +
                 (known.size() == 1 ? " is" : " are") + " known)");
  };
  std::vector<std::string> languages;
  for (const std::string_view language : comma_separated(value)) {
    if (std::find(known.begin(), known.end(), language) == known.end()) {
      throw error("unknown language '" + std::string(language) + "'");
    }
    languages.emplace_back(language);
  }
  // A plugin that works in no language is of no use in a chain: most likely a mistake.
  if (languages.empty()) throw error("no language given");
  return languages;
}

}  // namespace strata
