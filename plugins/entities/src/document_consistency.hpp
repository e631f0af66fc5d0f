// Document-level consistency: what one mention of a name says about the document's others.
#pragma once

#include <span>
#include <vector>

#include "entity_set.hpp"
#include "strata/token_index.hpp"

namespace strata::entities {

// A bare mention ("Putin", "Kim": no capitalised word beside it in its sentence) of the first
// or last word of a person's earlier full name ("Vladimir Putin", "Kim Jong-un") is that
// person: added where no source took the token, retyped where a source saw a one-token entity
// of another type with less confidence. Connectors and titles ("De", "Papa") are no such word,
// nor is the first word of a name that opens a sentence, whose capital proves nothing.
// `sentence_starts[t]` tells whether token t opens a sentence. Leaves `entities` sorted.
void link_person_names(std::span<const Token> tokens, const std::vector<bool>& sentence_starts,
                       EntitySet& entities);

// An acronym in parentheses right after a multi-word organisation or place whose initials
// hold its letters ("Organizzazione delle Nazioni Unite (ONU)") is an alias: every token of
// the document that is that acronym gets its type, whether no source took it or one saw a
// one-token entity of another type. Leaves `entities` sorted.
void alias_acronyms(std::span<const Token> tokens, EntitySet& entities);

}  // namespace strata::entities
