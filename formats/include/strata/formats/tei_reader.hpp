// Reads back a document written by write_tei.
#pragma once

#include <string_view>

#include "strata/document.hpp"

namespace strata::formats {

// The document of one TEI file as write_tei writes it (docs/tei-output.md): the text of body is
// the primary text; p, s and w|pc become the paragraphs, sentences and tokens layers; a standOff
// spanGrp or listAnnotation named after one of those gives features to their annotations, any
// other becomes a layer with its annotations under their original ids, and every linkGrp a
// reference feature. The id comes from the header (sourceDesc, else the
// title), other metadata from sourceDesc's gloss list, the language from TEI@xml:lang ("auto"
// without one). What the writer adds on its own cannot be told apart and comes back as written:
// a p the writer made for text outside every paragraph is a paragraph. Throws strata::Error
// with a one-line message for XML that is not well-formed or has a DOCTYPE (never expanded), a
// root other than TEI, a missing body, a text whose SHA-256
// is not the header's, a pointer that resolves to nothing, or ids that are not 0..n-1.
Document read_tei(std::string_view xml);

// read_tei for a file that must have been written by write_tei, as `strata annotate` reads its
// inputs: also throws when the header lacks Strata's appInfo application and sourceDesc line,
// so TEI from other tools is refused rather than half understood.
Document read_strata_tei(std::string_view xml);

}  // namespace strata::formats
