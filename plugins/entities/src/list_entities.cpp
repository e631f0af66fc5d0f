#include "list_entities.hpp"

#include <algorithm>
#include <tuple>

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
