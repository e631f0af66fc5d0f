#include "language_tag.hpp"

#include <regex>

namespace strata::host {

std::optional<std::string> language_problem(const std::string& language) {
  static const std::regex code("auto|[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  if (std::regex_match(canonical_language(language), code)) return std::nullopt;
  return "unknown language '" + language +
         "' (use an ISO 639 code such as it or en, a tag such as it-IT, or auto)";
}

std::string canonical_language(std::string language) {
  for (char& c : language) {
    if (c == '-') break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return language;
}

}  // namespace strata::host
