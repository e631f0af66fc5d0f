// Writes a document as one self-contained HTML page for reading its annotations
// (docs/html-output.md).
#pragma once

#include <ostream>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"

namespace strata::formats {

// Writes `document` as an HTML page with its style and script inline and a Content-Security-Policy
// that forbids every request, so it opens from the file system with no network. The header names
// the document and the chain (plugins, versions, options); a panel turns each layer on and off.
// Every annotation of every layer but tokens, sentences and paragraphs is shown: one element per
// stretch of text it covers, each with data-layer, data-id and data-type (an empty one for an
// empty span), its features in the title. Annotations with a "scope" of "sentence" become a
// marker at their end, those with a "scope" of "document" a note in the header. Entities are
// labelled with their type, citations with their id and a link to Normattiva or EUR-Lex where
// the id is a URN:NIR or CELEX, quotations with a link to their speaker (and the speaker's
// mention, from speaker_begin and speaker_end in code points, marked); pointing at an annotation
// highlights it, what its reference features point to (and the other mentions with the same
// type and text), and the mention of its speaker.
void write_html(const Document& document, const RunInfo& run, std::ostream& out);

}  // namespace strata::formats
