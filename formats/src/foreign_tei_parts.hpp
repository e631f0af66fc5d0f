// What is kept of a TEI file from elsewhere between reading it and writing it back.
#pragma once

#include <pugixml.hpp>

#include "foreign_tei_text.hpp"
#include "strata/formats/tei_input.hpp"

namespace strata::formats {

// The parsed file (comments, processing instructions and the declaration kept, so they are
// written back), its TEI and body elements, and the text taken from the body with its map. Once
// the document is made, the text is the document's alone: the map keeps only its hash, to check
// that the document written is the one read.
struct ForeignTei::Parts {
  pugi::xml_document tree;
  pugi::xml_node tei;
  pugi::xml_node body;
  ExtractedText extracted;
  std::size_t text_hash = 0;
};

}  // namespace strata::formats
