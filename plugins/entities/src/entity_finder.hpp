// Finding the entities of one document: every source in order of trust, then the
// document-level rules.
#pragma once

#include <vector>

#include "date_grammar.hpp"
#include "document_context.hpp"
#include "entity_set.hpp"
#include "entity_tagger.hpp"
#include "name_lists.hpp"
#include "place_names.hpp"
#include "strata/token_index.hpp"

namespace strata::entities {

// What the sources are for a document's language. Everything is read-only and shared.
struct LanguageTools {
  const EntityTagger* tagger = nullptr;   // none: the English rules take its place
  const DateGrammar* dates = nullptr;     // required
  const NameLists* lists = nullptr;       // required
  const PlaceNames* countries = nullptr;  // when set, a country's name is always LOC
  const PlaceNames* cities = nullptr;     // when set, a city's name in a dateline is LOC
};

// Everything a thread reuses from document to document, so that finding allocates little.
struct FinderWorkspace {
  TaggerWorkspace tagger;
  std::vector<SentenceTokens> sentences;
  std::vector<std::vector<TaggedSpan>> tagged;
  LookupWorkspace lookup;
  // The document's uses of its words, for the lists' names without a tagger: kept from one
  // document to the next, so that its tables are not grown again from empty each time.
  DocumentContext document;
  std::vector<std::uint64_t> folded;  // a sentence's folded words, for `document`
  std::vector<bool> sentence_starts;
  EntitySet entities;
};

// Leaves the entities of the indexed document in workspace.entities, in text order, none
// overlapping another:
// 1. dates from the grammar;
// 2. the tagger's PER, LOC and ORG, where they overlap no date;
// 3. without a tagger, the English rules (name_rules.hpp) on the tokens left;
// 4. names from the lists on the tokens still left (list_entities.hpp): all lists without a
//    tagger, only the user's with one;
// 5. document-level consistency (document_consistency.hpp);
// 6. with tools.countries, countries' names as LOC; with tools.cities, a city's name in
//    capitals opening a sentence before a dash ("ROMA –") as LOC (place_names.hpp).
void find_entities(const TokenIndex& index, const LanguageTools& tools, FinderWorkspace& workspace);

}  // namespace strata::entities
