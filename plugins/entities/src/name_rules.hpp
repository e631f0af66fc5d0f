// The English rule layer: names that titles, organisation heads and first names reveal, for
// documents that no model tags.
#pragma once

#include <cstddef>
#include <span>

#include "entity_set.hpp"
#include "name_lists.hpp"

namespace strata::entities {

// How sure each rule is: as often right as on KIND's development sets tagged without a model
// (a first name and surname 0.82-0.96, an organisation head 0.64 on few cases); a title, which
// Italian text rarely gives the English way, at least as sure as a first name.
inline constexpr double kTitleRuleConfidence = 0.9;
inline constexpr double kFirstNameRuleConfidence = 0.9;
inline constexpr double kOrganisationRuleConfidence = 0.65;

// Adds, over free tokens of `sentence` (`offset`: its first token's index in the document),
// with the list matches `lookup` holds for it:
// - PER: the capitalised words after a title ("Dr. Amara Okafor", "President Putin"), and a
//   first name with the capitalised words after it ("Daniel Reyes");
// - ORG: capitalised words closed by a company suffix ("Northwind Analytics Inc."), and
//   capitalised words around an organisation head ("European Commission", "University of
//   Oxford", "Bank of England"), at least two words in all.
// A name runs over at most four capitalised words, never over a rule word (title, head,
// suffix), and starts with no LEADING word ("The").
void add_rule_entities(const NameLists& lists, std::span<const Token> sentence, std::size_t offset,
                       const LookupWorkspace& lookup, EntitySet& entities);

}  // namespace strata::entities
