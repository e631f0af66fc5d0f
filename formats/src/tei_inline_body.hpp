// The TEI body with annotations inline: the default body plus the projection's elements.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "inline_projection.hpp"
#include "raw_output.hpp"
#include "strata/document.hpp"
#include "text_structure.hpp"

namespace strata::formats {

// Writes <text><body> as write_body does, with the projection's elements opened and closed
// between the body's own elements and text, and `sentence_ana[i]` (a pointer, "" for none) as
// @ana of sentence i. Removing the added elements and @ana gives back write_body's bytes.
void write_inline_body(const Document& document, const TextStructure& structure,
                       const InlineProjection& projection,
                       const std::vector<std::string>& sentence_ana, std::ostream& out);

// What goes inside <body>: the same without the elements around it, for a window of a larger
// document, whose structure numbers its elements on.
void write_inline_content(const Document& document, const TextStructure& structure,
                          const InlineProjection& projection,
                          const std::vector<std::string>& sentence_ana, RawOutput& out);

}  // namespace strata::formats
