// Printing the TEI body's paragraphs, sentences and tokens as a structure walk visits them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "by_address.hpp"
#include "raw_output.hpp"
#include "strata/document.hpp"
#include "strata/layer_names.hpp"
#include "text_structure.hpp"
#include "token_attributes.hpp"
#include "xml_output.hpp"

namespace strata::formats {

// How a token of one kind is written, in the pieces around its id and its text: the element,
// and the attribute that carries the kind when it is neither "word" nor "punct" (which the
// element name already says). Made once per kind, so that a token's tags take three copies.
struct TokenShape {
  Piece before_id;  // `<w xml:id="`
  // After the id: `"`, the kind attribute, join="right" or not, then "/>" for an empty token
  // and ">" otherwise; indexed by joined + 2 * empty.
  Piece after_id[4];
  // after_id in two, for a token with attributes of its own (token_attributes.hpp) between:
  // `"` and the kind attribute, then the rest, indexed as after_id.
  Piece id_end;
  Piece ending[4];
  Piece close;  // "</w>"
  // Room for the tags of a token, all but its id, its own attributes and its text.
  std::size_t room = 0;
};

// The element a token of kind `kind` is: pc for punctuation and symbols, w for the rest.
const char* token_element(std::string_view kind);

// Whether a token's kind needs an attribute of its own: the element name says word and punct.
bool kind_needs_attribute(std::string_view kind);

// The shape of tokens of kind `kind`.
TokenShape token_shape(std::string_view kind);

// Writes the body as it walks the structure. There is one element per token, so the tags are
// written by hand rather than built as pugixml nodes, which took most of the writer's time,
// and through a RawOutput, which writes a token's pieces with a room check for them all; the
// bytes are the same as pugixml's raw output.
class BodyPrinter {
 public:
  BodyPrinter(const Document& document, const TextStructure& structure, RawOutput& out)
      : text_(document.text()),
        structure_(structure),
        tokens_(document.find_layer(layer_names::tokens)),
        token_extents_(structure.extents(TextStructure::token)),
        out_(out),
        may_have_attributes_(tokens_ != nullptr && has_token_attribute_name(*tokens_)) {}

  // In slices, so that the room asked for does not grow with the text.
  void text(Offset begin, Offset end) {
    static constexpr Offset kSlice = 4096;
    for (Offset from = begin; from < end; from += std::min(kSlice, end - from)) {
      const std::string_view slice = text_.substr(from, std::min(kSlice, end - from));
      out_.commit(put_escaped_text(out_.room(kMaxEscapedSize * slice.size()), slice));
      out_.flush_if_full();
    }
  }

  // p and s carry nothing but an id, which needs no escaping.
  void open(TextStructure::Level level, std::size_t index, const TextStructure::Extent&) {
    static constexpr std::string_view kOpen[] = {"<p xml:id=\"", "<s xml:id=\""};
    static constexpr std::string_view kEnd = "\">";
    const std::string_view open = kOpen[level == TextStructure::paragraph ? 0 : 1];
    char* to = out_.room(open.size() + TextStructure::kMaxXmlIdSize + kEnd.size());
    to += open.copy(to, open.size());
    to = TextStructure::put_xml_id(to, level, structure_.number(level, index));
    out_.commit(to + kEnd.copy(to, kEnd.size()));
  }

  void close(TextStructure::Level level) {
    const std::string_view tag = level == TextStructure::paragraph ? "</p>" : "</s>";
    char* to = out_.room(tag.size());
    out_.commit(to + tag.copy(to, tag.size()));
    out_.flush_if_full();
  }

  // An empty token is written as pugixml writes an empty element: "<w .../>".
  void token(std::size_t index, const TextStructure::Extent& extent) {
    if (may_have_attributes_) {
      token_with_attributes(index, extent);
      return;
    }
    put_token(index, extent, shape_of(tokens_->string_feature(extent.annotation, "kind")), {});
  }

 private:
  // token() for a document whose tokens may have attributes of token_attributes.hpp. Apart, so
  // that the common case stays inlined into the walk.
  [[gnu::noinline]] void token_with_attributes(std::size_t index,
                                               const TextStructure::Extent& extent);

  // Writes a token of shape `shape` with its own `attributes` (` lemma="..."`, or none).
  void put_token(std::size_t index, const TextStructure::Extent& extent, const TokenShape& shape,
                 std::string_view attributes) {
    const bool joined =
        index + 1 < token_extents_.size() && token_extents_[index + 1].begin == extent.end;
    const std::string_view text = text_.substr(extent.begin, extent.end - extent.begin);
    const std::size_t ending = (joined ? 1 : 0) + (text.empty() ? 2 : 0);
    char* to = out_.room(shape.room + TextStructure::kMaxXmlIdSize + attributes.size() +
                         kMaxEscapedSize * text.size());
    to = shape.before_id.put(to);
    to = TextStructure::put_xml_id(to, TextStructure::token,
                                   structure_.number(TextStructure::token, index));
    if (attributes.empty()) {
      to = shape.after_id[ending].put(to);
    } else {
      to = shape.id_end.put(to);
      to += attributes.copy(to, attributes.size());
      to = shape.ending[ending].put(to);
    }
    if (!text.empty()) to = shape.close.put(put_escaped_text(to, text));
    out_.commit(to);
    out_.flush_if_full();
  }

  // A layer interns its strings, so every token of a kind has the same view of it: the few
  // kinds are looked at once each, found again by address.
  const TokenShape& shape_of(std::string_view kind) {
    if (const TokenShape* shape = shapes_.find(kind)) return *shape;
    return shapes_.add(kind, token_shape(kind));
  }

  std::string_view text_;
  const TextStructure& structure_;
  const Layer* tokens_;
  const std::vector<TextStructure::Extent>& token_extents_;
  RawOutput& out_;
  // Whether the tokens layer knows a name of token_attributes.hpp: without one, as from the
  // built-in tokenizer, a token's kind is all there is to read of it.
  bool may_have_attributes_;
  ByAddress<TokenShape> shapes_;
  std::vector<FeatureView> features_;  // of the token being written
  std::string attributes_;             // its own attributes, when it has some
  std::string scratch_;                // for xml_safe
};

}  // namespace strata::formats
