// Entities from the lists of names (gazetteers), where the tagger found nothing.
#pragma once

#include <cstddef>
#include <span>

#include "document_context.hpp"
#include "entity_set.hpp"
#include "name_lists.hpp"

namespace strata::entities {

// How sure a list match is without a model to weigh it: about how often such matches were
// exactly right on KIND's development sets tagged without a model (strong 0.70-0.77, weak
// 0.32-0.63; KIND's own conventions, such as countries acting as ORG, count against them).
inline constexpr double kStrongListConfidence = 0.75;
inline constexpr double kWeakListConfidence = 0.45;

// Adds the names of PER, LOC and ORG lists that `lookup` (NameLists::look_up of `sentence`)
// found, longest first, strong lists before weak ones and the user's before the shipped ones,
// over free tokens. A name whose capital may just be the sentence's first letter (no word
// before it) needs more: a weak name (also a common word: Rosa, Pace) is left out, and so is a
// one-word name that `document` writes in lower case and never capitalised inside a sentence
// ("Un" at a sentence's start is not the UN). `offset` is the index of the sentence's first
// token in the document.
void add_list_entities(const NameLists& lists, std::span<const Token> sentence, std::size_t offset,
                       const DocumentContext& document, LookupWorkspace& lookup,
                       EntitySet& entities);

}  // namespace strata::entities
