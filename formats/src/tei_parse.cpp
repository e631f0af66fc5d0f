#include "tei_parse.hpp"

#include <string>

#include "application_ids.hpp"
#include "strata/error.hpp"
#include "xml_char_references.hpp"

namespace strata::formats {

void parse_tei(std::string_view xml, pugi::xml_document& tree, unsigned extra_options) {
  // pugixml would end the document at a NUL, and take whatever came before it if that parses.
  if (const std::size_t nul = xml.find('\0'); nul != std::string_view::npos) {
    throw Error("not well-formed XML: a NUL byte at byte " + std::to_string(nul));
  }
  const pugi::xml_parse_result parsed = tree.load_buffer(
      xml.data(), xml.size(),
      pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype | extra_options,
      pugi::encoding_utf8);
  if (!parsed) {
    throw Error(std::string("not well-formed XML: ") + parsed.description() + " at byte " +
                std::to_string(parsed.offset));
  }
  for (pugi::xml_node node : tree.children()) {
    if (node.type() == pugi::node_doctype) {
      throw Error("XML with a DOCTYPE is not read (its entities are never fetched or expanded)");
    }
  }
  // libxml2 refuses these as it parses; pugixml decodes them, "&#0;" into a NUL that silently
  // ends the value it is in, as every value is read as a C string.
  if (const auto reference = find_forbidden_reference(xml)) {
    throw Error("not well-formed XML: " + describe_forbidden(*reference) + ", at byte " +
                std::to_string(reference->at));
  }
  if (const pugi::xml_node root = tree.document_element(); std::string_view(root.name()) != "TEI") {
    throw Error("not a TEI file: the root element is <" + std::string(root.name()) +
                ">, not <TEI>");
  }
}

bool is_strata_header(pugi::xml_node header) {
  const bool named = header.child("encodingDesc")
                         .child("appInfo")
                         .find_child_by_attribute("application", "xml:id", ApplicationIds::kStrata);
  const std::string_view about = header.child("fileDesc").child("sourceDesc").child_value("p");
  return named && about.starts_with("Document ");
}

}  // namespace strata::formats
