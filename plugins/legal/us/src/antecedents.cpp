#include "antecedents.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace strata::legal::us {
namespace {

std::string folded_word(std::string_view word) {
  std::string out;
  for (const char c : word)
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string last_word(std::string_view name) {
  const auto space = name.find_last_of(' ');
  return folded_word(space == std::string_view::npos ? name : name.substr(space + 1));
}

bool names_party(const std::string& word, std::string_view party) {
  while (!party.empty()) {
    const auto space = party.find(' ');
    if (folded_word(party.substr(0, space)) == word) return true;
    if (space == std::string_view::npos) break;
    party.remove_prefix(space + 1);
  }
  return false;
}

// The latest full cite before `fulls.end()` that `match` accepts, or null.
template <typename Accept>
const FoundCite* latest(const std::vector<const FoundCite*>& fulls, Accept match) {
  const auto found = std::find_if(fulls.rbegin(), fulls.rend(), match);
  return found == fulls.rend() ? nullptr : *found;
}

const FoundCite* by_name(const std::vector<const FoundCite*>& fulls, const std::string& guess) {
  const std::string word = last_word(guess);
  if (word.empty()) return nullptr;
  // A case is usually called by its first party ("Roe, supra" is Roe v. Wade, not a later
  // Doe v. Roe); the second party names it when the first is a government ("Bakke").
  const FoundCite* by_plaintiff =
      latest(fulls, [&](const FoundCite* full) { return names_party(word, full->plaintiff); });
  if (by_plaintiff) return by_plaintiff;
  return latest(fulls, [&](const FoundCite* full) { return names_party(word, full->defendant); });
}

}  // namespace

void resolve_antecedents(std::vector<FoundCite>& cites) {
  std::vector<const FoundCite*> fulls;
  const FoundCite* last = nullptr;  // what the previous citation refers to
  for (auto& cite : cites) {
    const FoundCite* target = nullptr;
    switch (cite.form) {
      case Form::full:
      case Form::statute:
        target = &cite;
        break;
      case Form::short_form:
        target = latest(fulls, [&](const FoundCite* full) {
          return full->volume == cite.volume && full->reporter == cite.reporter;
        });
        if (!target) target = by_name(fulls, cite.name_guess);
        break;
      case Form::supra:
        target = by_name(fulls, cite.name_guess);
        break;
      case Form::id:
        target = last;
        break;
    }
    if (cite.form != Form::full && cite.form != Form::statute && target) {
      cite.antecedent = target->id;
      cite.id = target->id;
      cite.statute_antecedent = target->form == Form::statute;
    }
    if (cite.form == Form::full) fulls.push_back(&cite);
    last = target;
  }
}

}  // namespace strata::legal::us
