// Writes a document and its layers as JSON with offsets in Unicode code points.
#pragma once

#include <ostream>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"

namespace strata::formats {

// Writes {"id", "lang", "text", "layers": {NAME: [{"id", "begin", "end", "type", "features"}]}}
// on one line, keys in that order, layers in creation order, annotations in offset order,
// begin/end in code points of "text", features as JSON strings, numbers and booleans, and
// references as {"layer", "id"}. Two keys follow the required ones: "metadata" (the document's
// metadata) and "strata" ({"version", "timestamp", "plugins": [{"name", "version",
// "options"}]}). Invalid UTF-8 in feature values becomes U+FFFD; NaN and infinities become null.
void write_json(const Document& document, const RunInfo& run, std::ostream& out);

}  // namespace strata::formats
