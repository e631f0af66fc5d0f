#include "strata/formats/tei_reader.hpp"

#include <map>
#include <pugixml.hpp>
#include <string>

#include "application_ids.hpp"
#include "sha256.hpp"
#include "strata/error.hpp"
#include "tei_parse.hpp"
#include "tei_reader_body.hpp"
#include "tei_reader_standoff.hpp"

namespace strata::formats {
namespace {

pugi::xml_node required(pugi::xml_node parent, const char* name, const char* path) {
  const pugi::xml_node child = parent.child(name);
  if (!child) throw Error(std::string("not a Strata TEI file: no ") + path);
  return child;
}

// The id and metadata the header holds. The title is the id unless the document had a title;
// then the id is only in sourceDesc's first p, "Document ID: the primary text ...".
void read_header(pugi::xml_node file_desc, std::string& id,
                 std::map<std::string, std::string>& metadata) {
  const std::string title = file_desc.child("titleStmt").child_value("title");
  id = title;
  const pugi::xml_node source = file_desc.child("sourceDesc");
  const std::string_view about = source.child_value("p");
  constexpr std::string_view kPrefix = "Document ";
  constexpr std::string_view kSuffix = ": the primary text in UTF-8";
  if (const std::size_t end = about.rfind(kSuffix);
      about.starts_with(kPrefix) && end != std::string_view::npos && end >= kPrefix.size()) {
    id = about.substr(kPrefix.size(), end - kPrefix.size());
  }
  if (id != title) metadata["title"] = title;
  // The other metadata: a gloss list of label, item, label, item...
  const pugi::xml_node list = source.select_nodes("p/list[@type='gloss']").first().node();
  for (pugi::xml_node label : list.children("label")) {
    metadata[label.child_value()] = label.next_sibling("item").child_value();
  }
}

void check_digest(pugi::xml_node file_desc, const std::string& text) {
  const pugi::xml_node idno =
      file_desc.child("publicationStmt").find_child_by_attribute("idno", "type", "sha256");
  if (!idno) return;
  if (const std::string actual = sha256_hex(text); actual != idno.child_value()) {
    throw Error("the text of body has SHA-256 " + actual + ", the header says " +
                idno.child_value());
  }
}

// Strata's header names the program in appInfo and the document in sourceDesc: TEI made by
// other tools has other markup, other ids and no standOff of ours, and would come back wrong.
void check_strata_header(pugi::xml_node header) {
  if (!is_strata_header(header)) {
    throw Error(
        "not a Strata TEI file: its teiHeader lacks Strata's appInfo application and sourceDesc");
  }
}

Document read_tree(std::string_view xml, bool strata_only) {
  pugi::xml_document tree;
  parse_tei(xml, tree);
  const pugi::xml_node tei = required(tree, "TEI", "TEI element");
  if (strata_only) check_strata_header(required(tei, "teiHeader", "teiHeader"));
  const pugi::xml_node file_desc =
      required(required(tei, "teiHeader", "teiHeader"), "fileDesc", "teiHeader/fileDesc");
  const pugi::xml_node body = required(required(tei, "text", "text"), "body", "text/body");

  InlineBody inline_body = read_inline_body(body);
  check_digest(file_desc, inline_body.text);
  std::string id;
  std::map<std::string, std::string> metadata;
  read_header(file_desc, id, metadata);
  Document document(std::move(id), inline_body.text);
  if (document.text() != inline_body.text) {
    throw Error("the text of body is not in canonical form (UTF-8, NFC, LF line ends)");
  }
  const pugi::xml_attribute language = tei.attribute("xml:lang");
  document.set_language(language ? language.value() : "auto");
  document.metadata() = std::move(metadata);

  XmlIds ids;
  add_structural_layers(document, inline_body, ids);
  read_standoff(tei.child("standOff"),
                tei.child("teiHeader").child("encodingDesc").child("appInfo"), document, ids);
  return document;
}

}  // namespace

Document read_tei(std::string_view xml) {
  return read_tree(xml, false);
}

Document read_strata_tei(std::string_view xml) {
  return read_tree(xml, true);
}

}  // namespace strata::formats
