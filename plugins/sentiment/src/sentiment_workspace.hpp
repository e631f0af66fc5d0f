// The buffers a thread reuses from document to document while it scores sentiment.
#pragma once

#include <vector>

#include "document_words.hpp"
#include "entity_targets.hpp"
#include "name_mask.hpp"
#include "polarity.hpp"
#include "punctuation_marks.hpp"

namespace strata::sentiment {

// Borrowed from the annotator's WorkspacePool for one document: each member keeps its memory
// for the next document, which a fresh set would have to allocate (and fault in) again.
struct SentimentWorkspace {
  NameMask names;
  PunctuationMarks marks;
  TargetSentiments targets;
  DocumentWords sentences;
  std::vector<double> valences;
  std::vector<Polarity> polarities;  // of the sentences, written after the document's
};

}  // namespace strata::sentiment
