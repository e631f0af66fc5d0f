#include "abbreviations.hpp"

#include <array>
#include <sstream>

#include "strata/error.hpp"

namespace strata::tokens {
namespace {

bool ends_with_mark(std::string_view form) {
  return form.ends_with('.') || form.ends_with('\'') || form.ends_with("\u2019");
}

}  // namespace

void Abbreviations::add_lines(const std::vector<std::string>& lines, std::string_view source) {
  for (const std::string& line : lines) {
    std::istringstream fields(line);
    std::string form, flag, extra;
    fields >> form >> flag >> extra;
    const bool bad_flag = !flag.empty() && flag != "end";
    if (!ends_with_mark(form) || form.size() < 2 || bad_flag || !extra.empty()) {
      throw Error(std::string(source) + ": bad line '" + line +
                  "' (expected a form ending in '.' or an apostrophe, optionally followed by "
                  "'end')");
    }
    forms_[form] = flag.empty() ? Match::inside_sentence : Match::may_end_sentence;
  }
}

void Abbreviations::add_all(const Abbreviations& other) {
  for (const auto& [form, match] : other.forms_) {
    // Where the lists disagree, "may end a sentence" wins: wrongly joining two sentences is the
    // more harmful mistake downstream.
    auto [it, added] = forms_.emplace(form, match);
    if (!added && match == Match::may_end_sentence) it->second = match;
  }
}

Abbreviations::Match Abbreviations::find(std::string_view form) const {
  if (auto it = forms_.find(form); it != forms_.end()) return it->second;
  if (form.empty() || form[0] < 'A' || form[0] > 'Z') return Match::none;
  std::array<char, 32> lowered;  // abbreviations are short; longer words are not looked up
  if (form.size() > lowered.size()) return Match::none;
  form.copy(lowered.data(), form.size());
  lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
  const auto it = forms_.find(std::string_view(lowered.data(), form.size()));
  return it == forms_.end() ? Match::none : it->second;
}

}  // namespace strata::tokens
