// The buffers a thread reuses from document to document while it scores sentiment.
#pragma once

#include <vector>

#include "entity_targets.hpp"
#include "name_mask.hpp"
#include "punctuation_marks.hpp"
#include "words.hpp"

namespace strata::sentiment {

// Borrowed from the annotator's WorkspacePool for one document: each member keeps its memory
// for the next document, which a fresh set would have to allocate (and fault in) again.
struct SentimentWorkspace {
  NameMask names;
  PunctuationMarks marks;
  TargetSentiments targets;
  std::vector<Token> masked;  // a sentence's tokens, names masked, when it has names
  Words words;                // a sentence's words
  std::vector<double> valences;
};

}  // namespace strata::sentiment
