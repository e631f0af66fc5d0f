#include "date_grammar.hpp"

#include <optional>

#include "strata/option_values.hpp"

namespace strata::entities {

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
  return matches;
}

}  // namespace strata::entities
