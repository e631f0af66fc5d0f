// The body half of read_tei: the primary text and the inline structure around it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "strata/document.hpp"
#include "string_table.hpp"
#include "xml_events.hpp"
#include "xml_ids.hpp"

namespace strata::formats {

// A p or s as a byte range of the text.
struct InlineSpan {
  Offset begin = 0;
  Offset end = 0;
};

// A w or pc: its range and its kind, an index into InlineBody::strings.
struct InlineToken {
  Offset begin = 0;
  Offset end = 0;
  std::uint32_t kind = 0;
};

// An attribute of token_attributes.hpp on a w or pc: the token's feature of that name.
struct InlineTokenAttribute {
  std::uint32_t token = 0;  // in InlineBody::tokens
  std::uint32_t name = 0;   // in kTokenAttributes
  std::uint32_t value = 0;  // in InlineBody::strings
};

// What body holds, in document order: 12 bytes a token and 12 an attribute (a lemmatised corpus
// has one to four a token), each distinct kind and value once, where a tree of the file took
// some 200 bytes a token.
struct InlineBody {
  std::string text;  // all of body's text, in order
  std::vector<InlineSpan> paragraphs;
  std::vector<InlineSpan> sentences;
  std::vector<InlineToken> tokens;
  // Each token kind and attribute value once: a lemma or a part of speech repeats as kinds do.
  StringTable strings{"word", "punct"};
  std::vector<InlineTokenAttribute> token_attributes;  // in token order
};

// Reads the events inside body (not body's own): concatenates its text and records where each
// p, s, w and pc begins and ends, and each one's xml:id in `ids`. Any other element is refused
// (Error), as the document written again would not have it.
class BodyReader {
 public:
  explicit BodyReader(XmlIds& ids) : ids_(ids) {}

  void start_element(std::string_view name, const XmlAttributes& attributes);
  void end_element();
  void text(std::string_view piece) { body_.text += piece; }

  // What was read, taken once at the end: the reader is not used again.
  InlineBody take() { return std::move(body_); }

 private:
  std::uint32_t kind_index(std::string_view kind);

  XmlIds& ids_;
  InlineBody body_;
  std::uint32_t last_kind_ = 0;
  // For each element open inside body, where its end goes: which of body_'s vectors, and the
  // place in it.
  enum class Structure : std::uint8_t { paragraph, sentence, token };
  struct Open {
    Structure structure = Structure::paragraph;
    std::size_t index = 0;
  };
  std::vector<Open> open_;
};

// Adds the paragraphs, sentences and tokens layers (those that have elements), in that order,
// ids in document order, then checks the inline ids (XmlIds::check_inline_ids). Returns the
// layers added, so that standOff can add the features the body had no room for.
std::vector<Layer*> add_structural_layers(Document& document, const InlineBody& body,
                                          const XmlIds& ids);

}  // namespace strata::formats
