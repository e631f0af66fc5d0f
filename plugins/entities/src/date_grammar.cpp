#include "date_grammar.hpp"

#include <algorithm>
#include <optional>

#include "strata/option_values.hpp"

namespace strata::entities {
namespace {

// Whether tokens [first, last) only join two dates: "and", "or", "e", a comma, an article.
bool only_joins(std::span<const Token> tokens, std::size_t first, std::size_t last) {
  static constexpr std::string_view kJoiners[] = {",",   "and", "or", "&",  "e",  "ed", "o",
                                                  "the", "il",  "l'", "l’", "to", "al"};
  if (first >= last) return false;
  for (std::size_t t = first; t < last; ++t) {
    const std::string_view text = tokens[t].text;
    if (std::find(std::begin(kJoiners), std::end(kJoiners), text) == std::end(kJoiners)) {
      return false;
    }
  }
  return true;
}

// "March 3 and March 4, 2021", "il 3 marzo e il 4 aprile 2021": a day or month without its
// year takes that of the date it is joined to, from the last to the first of a list.
void share_years(std::span<const Token> tokens, std::vector<DateMatch>& matches) {
  for (std::size_t k = matches.size(); k-- > 1;) {
    DateMatch& yearless = matches[k - 1];
    const std::string& full = matches[k].when;
    // A day or month of a stated year: "2021-03-04", "2021-03"; not an interval.
    const bool has_year =
        full.size() >= 7 && full[4] == '-' &&
        std::all_of(full.begin(), full.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
        full.find('/') == std::string::npos;
    if (!yearless.when.starts_with("--") || yearless.when.find('/') != std::string::npos ||
        !has_year || !only_joins(tokens, yearless.end_token, matches[k].first_token)) {
      continue;
    }
    // "December 30 to January 2, 2022": a later month than the dated one is of the year before,
    // which is a guess; none is made.
    if (yearless.when.substr(2, 2) > full.substr(5, 2)) continue;
    yearless.when = full.substr(0, 4) + yearless.when.substr(1);
  }
}

}  // namespace

DateGrammar::DateGrammar(DateLanguages languages, const DateConventions& conventions)
    : lexicon_(languages), conventions_(conventions) {}

DateGrammar DateGrammar::for_language(std::string_view language) {
  if (is_language(language, "it")) return DateGrammar(DateLanguages::italian, {});
  const DateConventions english{
      .month_first_numbers = true, .month_day_order = true, .mid_prefix = true};
  if (is_language(language, "en")) return DateGrammar(DateLanguages::english, english);
  // Most languages besides English write day before month in numbers.
  DateConventions other = english;
  other.month_first_numbers = false;
  return DateGrammar(DateLanguages::both, other);
}

std::vector<DateMatch> DateGrammar::find(std::span<const Token> sentence_tokens) const {
  std::vector<DateMatch> matches;
  DateParser parser(sentence_tokens, lexicon_, conventions_);
  for (std::size_t i = 0; i < sentence_tokens.size();) {
    if (parser.may_start_at(i)) {
      if (std::optional<DateFound> found = parser.longest_at(i)) {
        if (found->is_date) {
          matches.push_back({i, found->end, std::move(found->when), found->confidence});
        }
        i = found->end;
        continue;
      }
    }
    ++i;
  }
  share_years(sentence_tokens, matches);
  return matches;
}

}  // namespace strata::entities
