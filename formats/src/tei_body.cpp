#include "tei_body.hpp"

#include <deque>
#include <string>

#include "output_buffer.hpp"
#include "strata/layer_names.hpp"
#include "structure_walk.hpp"
#include "tei_label.hpp"
#include "xml_output.hpp"

namespace strata::formats {
namespace {

using Level = TextStructure::Level;
using Extent = TextStructure::Extent;

// How a token of one kind is written, in the pieces around its id: the element, and the
// attribute that carries the kind when it is neither "word" nor "punct" (which the element name
// already says). Made once per kind, so that a token's tags take three appends.
struct TokenShape {
  std::string before_id;  // `<w xml:id="`
  // After the id: `"`, the kind attribute, join="right" or not, then "/>" for an empty token
  // and ">" otherwise; indexed by joined + 2 * empty.
  std::string after_id[4];
  std::string close;  // "</w>"
};

TokenShape token_shape(std::string_view kind) {
  const std::string element = kind == "punct" || kind == "symbol" ? "pc" : "w";
  std::string attributes = "\"";
  if (!kind.empty() && kind != "word" && kind != "punct") {
    std::string scratch;
    const LabelAttribute attribute = label_attribute(kind, scratch);
    attributes += " " + std::string(attribute.name) + "=\"";
    append_escaped_attribute(attributes, attribute.value);
    attributes += '"';
  }
  const std::string joined = attributes + " join=\"right\"";
  return {"<" + element + " xml:id=\"",
          {attributes + ">", joined + ">", attributes + "/>", joined + "/>"},
          "</" + element + ">"};
}

// Writes the body as it walks the structure. There is one element per token, so the tags are
// written by hand into an OutputBuffer rather than built as pugixml nodes, which took most of
// the writer's time; the bytes are the same as pugixml's raw output.
class BodyPrinter {
 public:
  BodyPrinter(const Document& document, const TextStructure& structure, OutputBuffer& out)
      : text_(document.text()),
        tokens_(document.find_layer(layer_names::tokens)),
        token_extents_(structure.extents(TextStructure::token)),
        out_(out) {}

  void text(Offset begin, Offset end) {
    append_escaped_text(out_.text(), text_.substr(begin, end - begin));
  }

  // p and s carry nothing but an id, which needs no escaping.
  void open(Level level, std::size_t index, const Extent&) {
    std::string& out = out_.text();
    out += level == TextStructure::paragraph ? "<p xml:id=\"" : "<s xml:id=\"";
    TextStructure::append_xml_id(out, level, index);
    out += "\">";
  }

  void close(Level level) {
    out_.text() += level == TextStructure::paragraph ? "</p>" : "</s>";
    out_.flush_if_full();
  }

  // An empty token is written as pugixml writes an empty element: "<w .../>".
  void token(std::size_t index, const Extent& extent) {
    const TokenShape& shape = shape_of(tokens_->string_feature(extent.annotation, "kind"));
    const bool joined =
        index + 1 < token_extents_.size() && token_extents_[index + 1].begin == extent.end;
    const bool empty = extent.begin == extent.end;
    std::string& out = out_.text();
    out += shape.before_id;
    TextStructure::append_xml_id(out, TextStructure::token, index);
    out += shape.after_id[(joined ? 1 : 0) + (empty ? 2 : 0)];
    if (!empty) {
      append_escaped_text(out, text_.substr(extent.begin, extent.end - extent.begin));
      out += shape.close;
    }
    out_.flush_if_full();
  }

 private:
  // A layer interns its strings, so every token of a kind has the same view of it: the few
  // kinds are looked at once each, found again by address.
  const TokenShape& shape_of(std::string_view kind) {
    for (const auto& [seen, shape] : shapes_) {
      if (seen.data() == kind.data() && seen.size() == kind.size()) return shape;
    }
    return shapes_.emplace_back(kind, token_shape(kind)).second;
  }

  std::string_view text_;
  const Layer* tokens_;
  const std::vector<Extent>& token_extents_;
  OutputBuffer& out_;
  std::deque<std::pair<std::string_view, TokenShape>> shapes_;  // a deque keeps references valid
};

}  // namespace

void write_body(const Document& document, const TextStructure& structure, std::ostream& out) {
  OutputBuffer buffer(out);
  buffer.text() += "  <text>" + start_tag("body", {{"xml:id", kBodyId}});
  BodyPrinter printer(document, structure, buffer);
  walk_structure(structure, static_cast<Offset>(document.text().size()), printer);
  buffer.text() += "</body></text>\n";
  buffer.flush();
}

}  // namespace strata::formats
