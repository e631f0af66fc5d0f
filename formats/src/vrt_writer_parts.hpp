// The pieces of the VRT a document is written as, whole (write_vrt) or a window at a time
// (VrtWindowWriter).
#pragma once

#include <string>
#include <vector>

#include "strata/document.hpp"
#include "text_structure.hpp"
#include "window_start.hpp"

namespace strata::formats {

// The document's structure; throws strata::Error when it has no tokens, which VRT needs.
TextStructure vrt_structure(const Document& document);

// The positional attributes after the word: every feature name of the tokens layer, in the
// order first seen, so every token line has the same columns.
std::vector<std::string> token_feature_names(const Document& document);

// <text id="..."> and a newline.
std::string vrt_text_start(const Document& document);

// The token lines, `columns` after the word, and the structural tags around them, references
// numbered on from `start`; what could not be written as it was goes to `notes`, a line each.
void append_vrt_tokens(const Document& document, const TextStructure& structure,
                       const std::vector<std::string>& columns, const WindowStart& start,
                       std::string& out, std::vector<std::string>& notes);

}  // namespace strata::formats
