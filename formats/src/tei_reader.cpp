#include "strata/formats/tei_reader.hpp"

#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>

#include "strata/error.hpp"
#include "tei_parse.hpp"
#include "tei_reader_body.hpp"
#include "tei_reader_header.hpp"
#include "tei_reader_parsing.hpp"
#include "tei_reader_standoff.hpp"
#include "xml_stream.hpp"
#include "xml_tree_builder.hpp"
#include "xml_walk_events.hpp"

namespace strata::formats {
namespace {

// Reads the events of a whole file into a document. Of TEI's children it reads the first
// teiHeader (into a small tree), the first text's first body, and the first standOff. The
// document is made once both header and text are read, usually before standOff begins, so that
// each standOff group becomes a layer as soon as it ends.
class TeiReading final : public XmlEvents {
 public:
  explicit TeiReading(bool strata_only) : strata_only_(strata_only) {}

  void start_element(std::string_view name, const XmlAttributes& attributes) override;
  void end_element() override;
  void text(std::string_view piece) override;

  // The document, once every event is in.
  Document finish();

 private:
  enum class Part { none, header, text, body, standoff, other };
  void make_document();

  const bool strata_only_;
  int depth_ = 0;
  Part part_ = Part::none;  // which child of TEI (or text/body) the events are in
  bool seen_header_ = false;
  bool seen_text_ = false;
  bool seen_body_ = false;
  bool seen_standoff_ = false;
  std::optional<std::string> language_;
  XmlTreeBuilder header_;
  XmlIds ids_;
  BodyReader body_{ids_};
  StandoffReader standoff_;
  std::optional<Document> document_;
};

void TeiReading::start_element(std::string_view name, const XmlAttributes& attributes) {
  ++depth_;
  if (depth_ == 1) {
    if (name != "TEI") {
      throw Error("not a TEI file: the root element is <" + std::string(name) + ">, not <TEI>");
    }
    if (const char* language = attributes.find("xml:lang")) language_ = language;
    return;
  }
  switch (part_) {
    case Part::none:  // a child of TEI
      part_ = Part::other;
      if (name == "teiHeader" && !seen_header_) {
        part_ = Part::header;
        seen_header_ = true;
        header_.start_element(name, attributes);
      } else if (name == "text" && !seen_text_) {
        part_ = Part::text;
        seen_text_ = true;
      } else if (name == "standOff" && !seen_standoff_) {
        part_ = Part::standoff;
        seen_standoff_ = true;
      }
      return;
    case Part::header:
      return header_.start_element(name, attributes);
    case Part::text:
      if (depth_ == 3 && name == "body" && !seen_body_) {
        part_ = Part::body;
        seen_body_ = true;
      }
      return;
    case Part::body:
      return body_.start_element(name, attributes);
    case Part::standoff:
      return standoff_.start_element(name, attributes);
    case Part::other:
      return;
  }
}

void TeiReading::end_element() {
  const bool part_ends = depth_ == (part_ == Part::body ? 3 : 2);
  switch (part_) {
    case Part::header:
      header_.end_element();
      break;
    case Part::body:
      if (!part_ends) body_.end_element();
      break;
    case Part::standoff:
      if (!part_ends) standoff_.end_element();
      break;
    default:
      break;
  }
  if (part_ends) {
    if (part_ == Part::text && seen_header_) make_document();
    part_ = part_ == Part::body ? Part::text : Part::none;
  }
  --depth_;
}

void TeiReading::text(std::string_view piece) {
  switch (part_) {
    case Part::header:
      return header_.text(piece);
    case Part::body:
      return body_.text(piece);
    case Part::standoff:
      return standoff_.text(piece);
    default:
      return;
  }
}

void TeiReading::make_document() {
  const pugi::xml_node header = header_.root();
  if (!header) throw Error("not a Strata TEI file: no teiHeader");
  if (strata_only_) check_strata_header(header);
  const pugi::xml_node file_desc = header.child("fileDesc");
  if (!file_desc) throw Error("not a Strata TEI file: no teiHeader/fileDesc");
  if (!seen_text_) throw Error("not a Strata TEI file: no text");
  if (!seen_body_) throw Error("not a Strata TEI file: no text/body");

  InlineBody body = body_.take();
  check_digest(file_desc, body.text);
  std::string id;
  std::map<std::string, std::string> metadata;
  read_header(file_desc, id, metadata);
  Document& document = document_.emplace(std::move(id), body.text);
  if (document.text() != body.text) {
    throw Error("the text of body is not in canonical form (UTF-8, NFC, LF line ends)");
  }
  std::string().swap(body.text);  // not held twice while the layers are made
  document.set_language(language_.value_or("auto"));
  document.metadata() = std::move(metadata);
  const std::vector<Layer*> in_body = add_structural_layers(document, body, ids_);
  standoff_.set_document(document, header.child("encodingDesc").child("appInfo"), ids_, in_body);
}

Document TeiReading::finish() {
  if (!document_) make_document();
  standoff_.finish();
  return std::move(*document_);
}

}  // namespace

Document read_tei(std::string_view xml, bool strata_only, TeiParsing parsing) {
  TeiReading reading(strata_only);
  if (parsing == TeiParsing::stream ||
      (parsing == TeiParsing::by_size && xml.size() >= kStreamTeiFrom)) {
    stream_xml(xml, reading);
  } else {
    pugi::xml_document tree;
    parse_tei(xml, tree);
    walk_xml(tree.document_element(), reading);
  }
  return reading.finish();
}

Document read_tei(std::string_view xml) {
  return read_tei(xml, false, TeiParsing::by_size);
}

Document read_strata_tei(std::string_view xml) {
  return read_tei(xml, true, TeiParsing::by_size);
}

}  // namespace strata::formats
