#include "body_printer.hpp"

#include "tei_label.hpp"

namespace strata::formats {

const char* token_element(std::string_view kind) {
  return kind == "punct" || kind == "symbol" ? "pc" : "w";
}

bool kind_needs_attribute(std::string_view kind) {
  return !kind.empty() && kind != "word" && kind != "punct";
}

TokenShape token_shape(std::string_view kind) {
  const std::string element = token_element(kind);
  std::string attributes = "\"";
  if (kind_needs_attribute(kind)) {
    std::string scratch;
    const LabelAttribute attribute = label_attribute(kind, scratch);
    attributes += " " + std::string(attribute.name) + "=\"";
    append_escaped_attribute(attributes, attribute.value);
    attributes += '"';
  }
  const std::string joined = attributes + " join=\"right\"";
  TokenShape shape{Piece("<" + element + " xml:id=\""),
                   {Piece(attributes + ">"), Piece(joined + ">"), Piece(attributes + "/>"),
                    Piece(joined + "/>")},
                   Piece("</" + element + ">")};
  // The joined, empty variant is the longest.
  shape.room = shape.before_id.room() + shape.after_id[3].room() + shape.close.room();
  return shape;
}

}  // namespace strata::formats
