// Writes a document as CWB's vertical format (VRT), for cwb-encode and CQPweb (docs/vrt-output.md).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "strata/document.hpp"

namespace strata::formats {

// Writes `document` as one <text id="..."> of VRT: a token a line (the word, then one column per
// feature of the tokens layer), <p> and <s> around paragraphs and sentences, and one structural
// attribute per other layer (more where its spans nest, which CWB cannot store in one), its
// annotations' type and features as attributes. Returns what could not be written as it was
// (spans dropped, widened, moved to a further attribute, or split to keep the tags nested), one
// line each, for the caller to log. Throws strata::Error, before writing anything, when the
// document has no tokens.
std::vector<std::string> write_vrt(const Document& document, std::ostream& out);

}  // namespace strata::formats
