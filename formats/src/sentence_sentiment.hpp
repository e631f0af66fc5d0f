// Sentence sentiment as @ana on s, for the inline TEI body.
#pragma once

#include <string>
#include <vector>

#include "strata/document.hpp"
#include "text_structure.hpp"

namespace strata::formats {

// The sentence labels of the sentiment layer as pointers, and the labels they point at.
struct SentenceSentiment {
  // By sentence index: "#sentiment-positive" for a sentence that a sentiment annotation covers
  // exactly, "" for the others.
  std::vector<std::string> ana;
  // What the pointers point at: positive, neutral, negative and any other label used, in the
  // order first used; none when no sentence has a label.
  std::vector<std::string> labels;
};

// Reads the "sentiment" layer; the layer itself (scores, the document's own label) still goes
// to standOff whole, so nothing is lost by the projection.
SentenceSentiment sentence_sentiment(const Document& document, const TextStructure& structure);

// Adds the labels of `more` (a later window's) that `labels` lacks, in their order.
void add_labels(std::vector<std::string>& labels, const std::vector<std::string>& more);

// An interpGrp type="sentiment" (indented for standOff) with an interp for each label; "" for
// none.
std::string sentiment_interp_group(const std::vector<std::string>& labels);

}  // namespace strata::formats
