#include "eu_acts.hpp"

#include <cctype>

#include "text_scan.hpp"

namespace strata::legal {
namespace {

constexpr std::string_view kMarker = "UE|CE|CEE|EU|EC|EEC|Euratom|GAI|PESC|JHA|CFSP";

std::string eu_year(std::string_view digits) {
  return digits.size() == 2 ? "19" + std::string(digits) : std::string(digits);
}

bool is_year(std::string_view digits) {
  return digits.size() == 4 && digits >= "1958" && digits <= "2099";
}

// R for regulations, L for directives, D for decisions, by the first letters of the word (or of
// its abbreviation: "reg.", "dir.").
char kind_letter(std::string_view word) {
  const std::string lower = ascii_lower(word.substr(0, 3));
  if (lower[1] == 'i') return 'L';     // direttiva, directive
  return lower[2] == 'g' ? 'R' : 'D';  // regolamento, regulation; decisione, decision
}

}  // namespace

std::string celex(std::string_view year, char kind, std::string_view number) {
  std::string padded(number);
  while (padded.size() < 4) padded.insert(padded.begin(), '0');
  return "3" + std::string(year) + kind + padded;
}

std::optional<Instrument> scan_eu_act(std::string_view text, std::size_t pos) {
  const std::string marker(kMarker);
  static const RE2 act(
      "(regolamento|regulation|direttiva|directive|decisione|decision|reg\\.|dir\\.)"
      "(?:\\s+(?:di\\s+esecuzione|delegat[oa]|quadro|implementing|delegated))?\\s*"
      "(\\(\\s*(?:" +
          marker + ")(?:\\s*,\\s*(?:" + marker +
          "))?\\s*\\)\\s*|(?-i:UE|CE|CEE|EU|EC|EEC)\\s+)?"
          "(?:(?:del\\s+consiglio|della\\s+commissione|del\\s+parlamento\\s+europeo\\s+e\\s+del\\s+"
          "consiglio)\\s*,?\\s*)?(n\\.\\s*|nr\\.\\s*|no\\.?\\s+)?(\\d{1,4})\\s*/\\s*(\\d{1,4})"
          "(\\s*/\\s*(?:" +
          marker + "))?\\b",
      scanner_options());
  std::string_view groups[6];
  const auto end = match_at(act, text, pos, groups);
  if (!end || (groups[1].empty() && groups[5].empty())) return std::nullopt;
  const char kind = kind_letter(groups[0]);
  const std::string_view a = groups[3];
  const std::string_view b = groups[4];
  const bool year_first = kind != 'R' || (groups[2].empty() && is_year(a));
  // A number may have one digit ("Regolamento (CE) n. 1/2003"); a year has two or four.
  const std::size_t year_digits = (year_first ? a : b).size();
  if (year_digits != 2 && year_digits != 4) return std::nullopt;
  const std::string year = eu_year(year_first ? a : b);
  std::string number(year_first ? b : a);
  number.erase(0, std::min(number.find_first_not_of('0'), number.size() - 1));
  NamedAct named{celex(year, kind, number),
                 {{"instrument", kind == 'R'   ? "regulation"
                                 : kind == 'L' ? "directive"
                                               : "decision"},
                  {"number", number},
                  {"year", year}}};
  return Instrument{*end, "eu", {std::move(named)}, false};
}

}  // namespace strata::legal
