// The body half of read_tei: the primary text and the inline structure around it.
#pragma once

#include <pugixml.hpp>
#include <string>

#include "strata/document.hpp"
#include "xml_ids.hpp"

namespace strata::formats {

// One p, s, w or pc, in document order, as a byte range of the text.
struct InlineElement {
  const char* layer;  // a layer_names constant
  Offset begin = 0;
  Offset end = 0;
  pugi::xml_node node;
};

struct InlineBody {
  std::string text;  // all of body's text nodes, in order
  std::vector<InlineElement> elements;
};

// Concatenates the text of `body` and records where each p, s, w and pc begins and ends.
InlineBody read_inline_body(pugi::xml_node body);

// Adds the paragraphs, sentences and tokens layers (those that have elements), in that order,
// ids in document order, and records every element's xml:id in `ids`.
void add_structural_layers(Document& document, const InlineBody& body, XmlIds& ids);

}  // namespace strata::formats
