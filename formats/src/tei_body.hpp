// The TEI body: the primary text once, marked up with its paragraphs, sentences and tokens.
#pragma once

#include <functional>
#include <ostream>

#include "raw_output.hpp"
#include "strata/document.hpp"
#include "text_structure.hpp"

namespace strata::formats {

// The xml:id of body, which string-range pointers name.
inline constexpr const char* kBodyId = "body";

// Writes <text><body xml:id="body">…</body></text>: p > s > w|pc with the text between the
// elements kept as text nodes, so the text content of body is the primary text byte for byte.
// Written raw (no indentation) and a chunk at a time, so memory does not grow with the
// document. Call check_nesting first: a structure that does not nest throws half-way.
void write_body(const Document& document, const TextStructure& structure, std::ostream& out);

// The start and end tags around the body's content: <text><body xml:id="body"> and
// </body></text> with a newline.
void write_body_start(std::ostream& out);
void write_body_end(std::ostream& out);

// Writes <text><body xml:id="body">, has `print` write the body's content raw, then closes
// both: the frame that every shape of body shares.
void write_body_element(std::ostream& out, const std::function<void(RawOutput&)>& print);

}  // namespace strata::formats
