#include "tei_reader_header.hpp"

#include "sha256.hpp"
#include "strata/error.hpp"
#include "tei_parse.hpp"

namespace strata::formats {

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

void check_strata_header(pugi::xml_node header) {
  if (!is_strata_header(header)) {
    throw Error(
        "not a Strata TEI file: its teiHeader lacks Strata's appInfo application and sourceDesc");
  }
}

}  // namespace strata::formats
