// Reads back a document written by write_json.
#pragma once

#include <string>

#include "strata/document.hpp"

namespace strata::formats {

// The document of one Strata JSON object: id, language, text, metadata and every layer, with
// annotations under their original ids, offsets turned back into bytes, and typed features.
// Throws strata::Error saying what is wrong (not JSON, a missing key, an offset past the text,
// ids that are not 0..n-1). Takes the text to free it once it is parsed.
Document read_json(std::string json_text);

}  // namespace strata::formats
