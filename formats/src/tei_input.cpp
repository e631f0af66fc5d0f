#include "strata/formats/tei_input.hpp"

#include <string_view>

#include "foreign_tei_parts.hpp"
#include "strata/error.hpp"
#include "strata/formats/tei_reader.hpp"
#include "tei_datatypes.hpp"
#include "tei_parse.hpp"

namespace strata::formats {
namespace {

// The language the file declares for its text: TEI's, else text's; "auto" when neither is a
// language tag.
std::string declared_language(pugi::xml_node tei) {
  for (pugi::xml_node element : {tei, tei.child("text")}) {
    const std::string language = element.attribute("xml:lang").value();
    if (is_language_tag(language)) return language;
  }
  return "auto";
}

TeiInput read_foreign(std::unique_ptr<ForeignTei::Parts> parts, const std::string& id) {
  if (std::string_view(parts->tei.attribute("xmlns").value()) != "http://www.tei-c.org/ns/1.0") {
    throw Error("not TEI P5: the root element TEI is not in the TEI namespace");
  }
  if (!parts->tei.child("teiHeader").child("fileDesc")) {
    throw Error("a TEI file without teiHeader/fileDesc, which TEI requires");
  }
  parts->body = parts->tei.child("text").child("body");
  if (!parts->body) throw Error("a TEI file without text/body: there is no text to annotate");
  parts->extracted = extract_tei_text(parts->body);
  const std::string& text = parts->extracted.text;
  if (text.empty()) throw Error("the body of this TEI file has no text (notes aside)");
  Document document(id, text);
  if (document.text() != text) {
    throw Error("the text of body is not in Unicode NFC (or has characters XML cannot keep)");
  }
  // A large file's text is not held twice.
  parts->text_hash = std::hash<std::string_view>{}(text);
  std::string().swap(parts->extracted.text);
  parts->extracted.sources.shrink_to_fit();
  parts->extracted.nodes.shrink_to_fit();
  document.set_language(declared_language(parts->tei));
  const std::string title =
      parts->tei.child("teiHeader").child("fileDesc").child("titleStmt").child_value("title");
  if (!title.empty()) document.metadata()["title"] = title;
  return {std::move(document), std::make_shared<ForeignTei>(std::move(parts))};
}

// Whether the file's teiHeader, parsed alone, is Strata's, so that read_strata_tei builds the
// only tree of the file: a tree of the whole file built only to look at its header took about a
// tenth of the time of reading Strata's TEI back. Anything the header alone does not settle (no
// "</teiHeader>", markup that does not parse without the rest) is false, and the file is parsed
// whole as before.
bool has_strata_header(std::string_view xml) {
  constexpr std::string_view kHeaderEnd = "</teiHeader>";
  const std::size_t end = xml.find(kHeaderEnd);
  if (end == std::string_view::npos) return false;
  std::string head(xml.substr(0, end + kHeaderEnd.size()));
  head += "</TEI>";
  pugi::xml_document tree;
  try {
    parse_tei(head, tree);
  } catch (const Error&) {
    return false;
  }
  return is_strata_header(tree.document_element().child("teiHeader"));
}

}  // namespace

ForeignTei::ForeignTei(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}
ForeignTei::~ForeignTei() = default;

TeiInput read_tei_input(std::string xml, const std::string& id) {
  if (has_strata_header(xml)) return {read_strata_tei(xml), nullptr};
  auto parts = std::make_unique<ForeignTei::Parts>();
  // Comments, processing instructions and the declaration are kept to be written back.
  parse_tei(xml, parts->tree, pugi::parse_comments | pugi::parse_pi | pugi::parse_declaration);
  parts->tei = parts->tree.document_element();
  // Strata's own TEI is read again by its own reader, which gives its layers back; this tree
  // goes first (a large file's tree takes many times the file).
  if (is_strata_header(parts->tei.child("teiHeader"))) {
    parts.reset();
    return {read_strata_tei(xml), nullptr};
  }
  // The tree has a copy of its own: a large file is not held twice while its text is read.
  std::string().swap(xml);  // (assigning an empty string would keep its memory)
  return read_foreign(std::move(parts), id);
}

}  // namespace strata::formats
