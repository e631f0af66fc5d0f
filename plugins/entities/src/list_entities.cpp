#include "list_entities.hpp"

#include <algorithm>
#include <tuple>

#include "word_shape.hpp"

namespace strata::entities {
namespace {

// A word or number just before: the name's capital is not the sentence's.
bool runs_on(std::span<const Token> sentence, std::size_t first) {
  if (first == 0) return false;
  const std::string_view kind = sentence[first - 1].kind;
  return kind == "word" || kind == "number";
}

// Whether the match's capital, at a sentence's start, may be all there is to it.
bool may_be_common_word(const GazetteerMatch& match, const ListCategory& category,
                        const DocumentContext& document, const LookupWorkspace& lookup) {
  if (category.strength == Strength::weak) return true;
  if (match.last - match.first > 1) return false;
  const DocumentContext::WordUse* use = document.use(lookup.keys[match.first].folded);
  return use != nullptr && use->lower_case && !use->capitalised_inside;
}

// English weekdays and months: capitalised, and written next to names ("in Berlin Saturday").
bool is_calendar_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "Monday",  "Tuesday",   "Wednesday", "Thursday", "Friday",  "Saturday", "Sunday",
      "January", "February",  "March",     "April",    "May",     "June",     "July",
      "August",  "September", "October",   "November", "December"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// A capitalised word that no list knows and no rule names (title, organisation head or suffix),
// nor a weekday or month: a word of a name the lists lack.
bool unknown_name_word(std::span<const Token> sentence, std::size_t i,
                       const LookupWorkspace& lookup, const NameLists& lists) {
  if (!is_name_word(sentence, i, lookup) || is_calendar_word(sentence[i].text)) return false;
  // A strong list's name beside it is a name of its own ("Russia Ukraine talks"); a weak list's,
  // a common word too, is not known enough to be one.
  return std::none_of(lookup.matches.begin(), lookup.matches.end(), [&](const GazetteerMatch& m) {
    const ListCategory& category = lists.category(m.category);
    return m.first <= i && i < m.last && category.role == ListRole::entity &&
           category.strength == Strength::strong;
  });
}

// Whether a one-word name written with a capital and small letters stands inside a longer name
// the lists do not know: "Etihad Stadium", "Pantheon Macroeconomics", "Brent Oil", "Ros Atkins" (a
// person: the list's ROS is an Italian police unit). An acronym in capitals stays ("US President"),
// and so does a name beside a title or head ("London Mayor"), a weekday ("in Berlin Saturday") or
// another listed name ("Russia Ukraine talks").
bool inside_longer_name(std::span<const Token> sentence, const GazetteerMatch& match,
                        const LookupWorkspace& lookup, const NameLists& lists) {
  if (match.last - match.first != 1 ||
      lookup.capitalization[match.first] == Capitalization::upper) {
    return false;
  }
  const bool before =
      match.first > 1 && unknown_name_word(sentence, match.first - 1, lookup, lists);
  const bool after =
      match.last < sentence.size() && unknown_name_word(sentence, match.last, lookup, lists);
  return before || after;
}

// Whether a one-word name with a dot or in capitals stands between two numbers, as a reporter in
// a case citation does: "U.S." of "436 U.S. 658", "US" of "410 US 113" are the United States
// Reports, not a place; a team between scores ("Italy 2 France 1") stays.
bool between_numbers(std::span<const Token> sentence, const GazetteerMatch& match,
                     const LookupWorkspace& lookup) {
  if (match.last - match.first != 1 || match.first == 0 || match.last >= sentence.size()) {
    return false;
  }
  const bool reporter_like = sentence[match.first].text.find('.') != std::string_view::npos ||
                             lookup.capitalization[match.first] == Capitalization::upper;
  return reporter_like && sentence[match.first - 1].kind == "number" &&
         sentence[match.last].kind == "number";
}

}  // namespace

void add_list_entities(const NameLists& lists, std::span<const Token> sentence, std::size_t offset,
                       const DocumentContext& document, LookupWorkspace& lookup,
                       EntitySet& entities) {
  std::vector<GazetteerMatch>& chosen = lookup.chosen;
  chosen.clear();
  for (const GazetteerMatch& match : lookup.matches) {
    const ListCategory& category = lists.category(match.category);
    if (category.role != ListRole::entity) continue;
    if (!runs_on(sentence, match.first) && may_be_common_word(match, category, document, lookup)) {
      continue;
    }
    if (!category.user && (inside_longer_name(sentence, match, lookup, lists) ||
                           between_numbers(sentence, match, lookup))) {
      continue;
    }
    chosen.push_back(match);
  }
  // Longer first, then strong before weak, then the user's before the shipped.
  const auto rank = [&](const GazetteerMatch& m) {
    const ListCategory& category = lists.category(m.category);
    return std::tuple(m.last - m.first, category.strength == Strength::strong, category.user);
  };
  std::stable_sort(
      chosen.begin(), chosen.end(),
      [&](const GazetteerMatch& a, const GazetteerMatch& b) { return rank(a) > rank(b); });
  for (const GazetteerMatch& match : chosen) {
    const ListCategory& category = lists.category(match.category);
    const bool strong = category.strength == Strength::strong;
    entities.add_if_free({offset + match.first,
                          offset + match.last,
                          category.type,
                          Source::gazetteer,
                          strong ? kStrongListConfidence : kWeakListConfidence,
                          {}});
  }
}

}  // namespace strata::entities
