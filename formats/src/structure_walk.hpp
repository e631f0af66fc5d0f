// Walking a document's paragraphs, sentences and tokens in text order, as they nest.
#pragma once

#include <cstddef>

#include "text_structure.hpp"

namespace strata::formats {

// Receives the body's content in document order: text between elements, and each element's
// opening and closing with the text and elements inside it in between.
class StructureVisitor {
 public:
  virtual ~StructureVisitor() = default;
  virtual void text(Offset begin, Offset end) = 0;
  virtual void open(TextStructure::Level level, std::size_t index,
                    const TextStructure::Extent& extent) = 0;
  virtual void close(TextStructure::Level level) = 0;
};

// Walks the text [0, text_size) with all three levels at once, one cursor each. Throws Error
// when the levels do not nest (a sentence crossing a paragraph, a token crossing a sentence)
// or an element other than a paragraph lies outside every paragraph; by then the visitor has
// seen the part before the problem.
void walk_structure(const TextStructure& structure, Offset text_size, StructureVisitor& visitor);

// walk_structure with nothing to visit: throws exactly when walk_structure would, so that a
// writer can find out before it writes anything.
void check_nesting(const TextStructure& structure, Offset text_size);

}  // namespace strata::formats
