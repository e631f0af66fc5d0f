// Sentiment toward the people, places and organisations a document names.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "name_mask.hpp"
#include "strata/document.hpp"
#include "strata/token_index.hpp"
#include "word_lists.hpp"

namespace strata::sentiment {

// One named target and how the text speaks of it: the mean compound score of the clauses
// that mention it ("Kim ha espresso pieno sostegno" for Kim, "il ricatto occidentale" for no
// one), over all its mentions. Mentions of a person are grouped by last word, so "Putin" joins
// "Vladimir Putin"; other names by their words.
struct TargetSentiment {
  std::string name;            // the longest mention
  std::string type;            // PER, LOC or ORG
  AnnotationId first_mention;  // in the entities layer
  std::size_t mentions = 0;
  double score = 0.0;  // -1..1
};

// The targets of a document in order of first mention; none without an entities layer. A
// clause is a sentence's stretch between commas, semicolons, colons, brackets and the
// language's contrast words ("ma", "but"), which turn a sentence from one target to another.
std::vector<TargetSentiment> target_sentiments(const Document& document, const TokenIndex& index,
                                               const WordLists& lists, const NameMask& names);

}  // namespace strata::sentiment
