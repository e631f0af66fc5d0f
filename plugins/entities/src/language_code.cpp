#include "language_code.hpp"

namespace strata::entities {

bool is_language(std::string_view language, std::string_view code) {
  const std::string_view primary = language.substr(0, language.find_first_of("-_"));
  if (primary.size() != code.size()) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if ((primary[i] | 0x20) != code[i]) return false;
  }
  return true;
}

}  // namespace strata::entities
