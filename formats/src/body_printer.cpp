#include "body_printer.hpp"

#include <algorithm>

#include "tei_label.hpp"
#include "xml_safe_text.hpp"

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
  const std::string join = " join=\"right\"";
  const std::string joined = attributes + join;
  TokenShape shape{Piece("<" + element + " xml:id=\""),
                   {Piece(attributes + ">"), Piece(joined + ">"), Piece(attributes + "/>"),
                    Piece(joined + "/>")},
                   Piece(attributes),
                   {Piece(">"), Piece(join + ">"), Piece("/>"), Piece(join + "/>")},
                   Piece("</" + element + ">")};
  // The joined, empty variant is the longest, whole or in two.
  shape.room = shape.before_id.room() +
               std::max(shape.after_id[3].room(), shape.id_end.room() + shape.ending[3].room()) +
               shape.close.room();
  return shape;
}

void BodyPrinter::token_with_attributes(std::size_t index, const TextStructure::Extent& extent) {
  // All of the token's features at once: its kind, and the lemma or part of speech a tokenizer
  // may have given it.
  tokens_->features(extent.annotation, features_);
  std::string_view kind;
  attributes_.clear();
  for (const FeatureView& feature : features_) {
    if (feature.kind == FeatureView::Kind::string && feature.name == "kind") kind = feature.text;
  }
  append_token_attributes(attributes_, features_, scratch_);
  put_token(index, extent, shape_of(kind), attributes_);
}

}  // namespace strata::formats
