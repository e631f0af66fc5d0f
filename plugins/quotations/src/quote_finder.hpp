// Finding a document's quotations: marks paired, each span attributed, non-speech left out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "lexicon.hpp"
#include "strata/document.hpp"
#include "strata/token_index.hpp"

namespace strata::quotations {

// Stretch of the document's text in bytes.
struct ByteSpan {
  Offset begin = 0;
  Offset end = 0;
};

// A quotation as the layer records it.
struct FoundQuotation {
  ByteSpan content;                    // without the marks
  std::string marks;                   // "«»", "“”", "\"\"", "—"...
  std::optional<ByteSpan> cue;         // the speech verb or frame, or the colon
  std::optional<ByteSpan> speaker;     // the mention that names who speaks
  std::optional<AnnotationId> entity;  // who speaks, in the entities layer
  std::string speaker_name;            // the fullest name the document gives them
  double confidence = 0.0;
};

// The quotations of a document, in text order. Reads the paragraphs layer when there is one
// (else each line is a paragraph) and the PER and ORG annotations of the entities layer, if
// any.
std::vector<FoundQuotation> find_quotations(const Document& document, const TokenIndex& index,
                                            const Lexicon& lexicon, std::size_t min_words);

}  // namespace strata::quotations
