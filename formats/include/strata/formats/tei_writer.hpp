// Writes a document and its layers as TEI P5 XML ("standoff on tokens", see docs/tei-output.md).
#pragma once

#include <ostream>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"

namespace strata::formats {

// Writes `document` as one TEI file: teiHeader (title, SHA-256 of the text, the run and its
// plugins), text/body with the primary text once in p > s > w|pc, and standOff with every
// other layer. Throws strata::Error, before writing anything, if the structural layers
// (paragraphs, sentences, tokens) do not nest or a reference feature points at an annotation
// that does not exist.
void write_tei(const Document& document, const RunInfo& run, std::ostream& out);

}  // namespace strata::formats
