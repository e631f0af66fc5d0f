#include "tei_body.hpp"

#include <charconv>
#include <deque>
#include <string>

#include "strata/layer_names.hpp"
#include "structure_walk.hpp"
#include "tei_label.hpp"
#include "xml_output.hpp"

namespace strata::formats {
namespace {

using Level = TextStructure::Level;
using Extent = TextStructure::Extent;

// How a token of one kind is written: the element, and the attribute that carries the kind
// when it is neither "word" nor "punct" (which the element name already says).
struct TokenShape {
  const char* element;
  const char* kind_attribute;  // nullptr for none
  std::string kind;            // made safe for XML
};

TokenShape token_shape(std::string_view kind) {
  TokenShape shape{kind == "punct" || kind == "symbol" ? "pc" : "w", nullptr, {}};
  if (kind.empty() || kind == "word" || kind == "punct") return shape;
  std::string scratch;
  const LabelAttribute attribute = label_attribute(kind, scratch);
  shape.kind_attribute = attribute.name;
  shape.kind = attribute.value;
  return shape;
}

// Builds each stretch between paragraph and sentence tags in a small pugixml document and
// writes it out, writing the p and s tags (which carry nothing but an id) itself.
class BodyPrinter : public StructureVisitor {
 public:
  BodyPrinter(const Document& document, const TextStructure& structure, std::ostream& out)
      : text_(document.text()),
        tokens_(document.find_layer(layer_names::tokens)),
        structure_(structure),
        out_(out),
        writer_(out) {}

  void text(Offset begin, Offset end) override {
    current_.append_child(pugi::node_pcdata).set_value(text_.data() + begin, end - begin);
  }

  void open(Level level, std::size_t index, const Extent& extent) override {
    if (level == TextStructure::token) {
      current_ = append_token(index, extent);
      return;
    }
    flush();
    out_ << start_tag(level == TextStructure::paragraph ? "p" : "s",
                      {{"xml:id", TextStructure::xml_id(level, index)}});
  }

  void close(Level level) override {
    if (level == TextStructure::token) {
      current_ = fragment_;
      // Tokens outside sentences can be many: keep the fragment small all the same.
      if (++tokens_in_fragment_ == kTokensPerFragment) flush();
      return;
    }
    flush();
    out_ << (level == TextStructure::paragraph ? "</p>" : "</s>");
  }

  void flush() {
    flush_fragment(fragment_, writer_);
    tokens_in_fragment_ = 0;
  }

 private:
  static constexpr int kTokensPerFragment = 512;

  pugi::xml_node append_token(std::size_t index, const Extent& extent) {
    const TokenShape& shape = shape_of(tokens_->string_feature(extent.annotation, "kind"));
    pugi::xml_node element = fragment_.append_child(shape.element);
    char id[24] = {'w'};
    const auto written = std::to_chars(id + 1, id + sizeof id, index + 1);
    element.append_attribute("xml:id").set_value(id, static_cast<std::size_t>(written.ptr - id));
    if (shape.kind_attribute) {
      element.append_attribute(shape.kind_attribute)
          .set_value(shape.kind.data(), shape.kind.size());
    }
    const auto& tokens = structure_.extents(TextStructure::token);
    if (index + 1 < tokens.size() && tokens[index + 1].begin == extent.end) {
      element.append_attribute("join").set_value("right");
    }
    return element;
  }

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
  const TextStructure& structure_;
  std::ostream& out_;
  pugi::xml_writer_stream writer_;
  pugi::xml_document fragment_;
  pugi::xml_node current_ = fragment_;  // where text goes: the fragment, or the open token
  int tokens_in_fragment_ = 0;
  std::deque<std::pair<std::string_view, TokenShape>> shapes_;  // a deque keeps references valid
};

}  // namespace

void write_body(const Document& document, const TextStructure& structure, std::ostream& out) {
  out << "  <text>" << start_tag("body", {{"xml:id", kBodyId}});
  BodyPrinter printer(document, structure, out);
  walk_structure(structure, static_cast<Offset>(document.text().size()), printer);
  printer.flush();
  out << "</body></text>\n";
}

}  // namespace strata::formats
