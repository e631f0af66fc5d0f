// Sentence sentiment as @ana on s, for the inline TEI body.
#pragma once

#include <string>
#include <vector>

#include "strata/document.hpp"
#include "text_structure.hpp"

namespace strata::formats {

// The sentence labels of the sentiment layer as pointers, and what they point at.
struct SentenceSentiment {
  // By sentence index: "#sentiment-positive" for a sentence that a sentiment annotation covers
  // exactly, "" for the others.
  std::vector<std::string> ana;
  // An interpGrp type="sentiment" (indented for standOff) with an interp for positive,
  // neutral, negative and any other label used; "" when no sentence has a label.
  std::string interp_group;
};

// Reads the "sentiment" layer; the layer itself (scores, the document's own label) still goes
// to standOff whole, so nothing is lost by the projection.
SentenceSentiment sentence_sentiment(const Document& document, const TextStructure& structure);

}  // namespace strata::formats
