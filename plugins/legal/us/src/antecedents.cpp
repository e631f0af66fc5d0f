#include "antecedents.hpp"

#include <cctype>
#include <string_view>
#include <unordered_map>

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

// The full cites seen so far, indexed so each look-up is constant time however long the
// document: by volume and reporter, and by each word of each party.
class Antecedents {
 public:
  void add(const FoundCite& full) {
    by_cite_[full.volume + ' ' + full.reporter] = &full;
    index_words(full.plaintiff, by_plaintiff_, full);
    index_words(full.defendant, by_defendant_, full);
  }
  const FoundCite* by_cite(const FoundCite& cite) const {
    return find(by_cite_, cite.volume + ' ' + cite.reporter);
  }
  // A case is usually called by its first party ("Roe, supra" is Roe v. Wade, not a later
  // Doe v. Roe); the second party names it when the first is a government ("Bakke").
  const FoundCite* by_name(const std::string& guess) const {
    const std::string word = last_word(guess);
    if (word.empty()) return nullptr;
    const FoundCite* found = find(by_plaintiff_, word);
    return found ? found : find(by_defendant_, word);
  }

 private:
  using Index = std::unordered_map<std::string, const FoundCite*>;
  static void index_words(std::string_view party, Index& index, const FoundCite& full) {
    while (!party.empty()) {
      const auto space = party.find(' ');
      if (auto word = folded_word(party.substr(0, space)); !word.empty()) index[word] = &full;
      if (space == std::string_view::npos) break;
      party.remove_prefix(space + 1);
    }
  }
  static const FoundCite* find(const Index& index, const std::string& key) {
    const auto found = index.find(key);
    return found == index.end() ? nullptr : found->second;
  }
  Index by_cite_, by_plaintiff_, by_defendant_;
};

}  // namespace

void resolve_antecedents(std::vector<FoundCite>& cites) {
  Antecedents fulls;
  const FoundCite* last = nullptr;  // what the previous citation refers to
  for (auto& cite : cites) {
    const FoundCite* target = nullptr;
    switch (cite.form) {
      case Form::full:
      case Form::statute:
        target = &cite;
        break;
      case Form::short_form:
        target = fulls.by_cite(cite);
        if (!target) target = fulls.by_name(cite.name_guess);
        break;
      case Form::supra:
        target = fulls.by_name(cite.name_guess);
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
    if (cite.form == Form::full) fulls.add(cite);
    last = target;
  }
}

}  // namespace strata::legal::us
