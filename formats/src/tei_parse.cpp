#include "tei_parse.hpp"

#include <string>

#include "application_ids.hpp"
#include "strata/error.hpp"
#include "strata/text.hpp"
#include "xml_forbidden_characters.hpp"

namespace strata::formats {
namespace {

bool has_doctype(const pugi::xml_document& tree) {
  for (const pugi::xml_node node : tree.children()) {
    if (node.type() == pugi::node_doctype) return true;
  }
  return false;
}

// Deeper than this, the readers and writers that follow the tree down (the text's extractor, the
// printer of a file from elsewhere) would run out of stack: a file of 20,000 nested <hi> crashed
// the process, and with it the whole run. No TEI needs more; libxml2 refuses 256 by default.
constexpr std::size_t kDeepest = 1000;

// Whether an element of `tree` lies more than `limit` elements deep. Followed without recursion,
// for the reason above.
bool nests_deeper_than(const pugi::xml_document& tree, std::size_t limit) {
  std::size_t depth = 1;
  for (pugi::xml_node node = tree.first_child(); node;) {
    if (node.type() == pugi::node_element && depth > limit) return true;
    if (const pugi::xml_node child = node.first_child()) {
      node = child;
      ++depth;
      continue;
    }
    while (!node.next_sibling()) {
      node = node.parent();
      --depth;
      if (!node || node == tree) return false;
    }
    node = node.next_sibling();
  }
  return false;
}

}  // namespace

void parse_tei(std::string_view xml, pugi::xml_document& tree, unsigned extra_options) {
  // Read as UTF-8, its NUL bytes would be the first thing wrong.
  if (looks_like_utf16(xml)) throw Error(utf16_refusal("XML"));
  // pugixml lets these pass, and a NUL (a byte, or decoded from "&#0;") silently ends the
  // document or the value it is in, as every value is read as a C string. libxml2 refuses them.
  const auto forbidden = find_forbidden_character(xml);
  const pugi::xml_parse_result parsed = tree.load_buffer(
      xml.data(), xml.size(),
      pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype | extra_options,
      pugi::encoding_utf8);
  // A DOCTYPE goes first: its entities are what a reference to an undefined one names.
  if (parsed && has_doctype(tree)) {
    throw Error("XML with a DOCTYPE is not read (its entities are never fetched or expanded)");
  }
  if (forbidden) {
    throw Error("not well-formed XML: " + forbidden->what + " at byte " +
                std::to_string(forbidden->at));
  }
  if (!parsed) {
    throw Error(std::string("not well-formed XML: ") + parsed.description() + " at byte " +
                std::to_string(parsed.offset));
  }
  if (const std::string beside = beside_the_root(tree, xml); !beside.empty()) {
    throw Error("not well-formed XML: " + beside);
  }
  if (nests_deeper_than(tree, kDeepest)) {
    throw Error("not read: elements nested more than " + std::to_string(kDeepest) + " deep");
  }
  const std::string_view root = tree.document_element().name();
  if (root.ends_with(":TEI")) {
    // Elements are looked for by name, so a prefixed file would be read as having no header
    // and no body; better said so.
    throw Error("the root element <" + std::string(root) +
                "> has a namespace prefix, which is not read: declare the TEI namespace without "
                "one (xmlns=\"http://www.tei-c.org/ns/1.0\") and drop the prefixes");
  }
  if (root != "TEI") {
    throw Error("not a TEI file: the root element is <" + std::string(root) + ">, not <TEI>");
  }
}

std::string beside_the_root(const pugi::xml_document& tree, std::string_view xml) {
  bool root = false;
  for (const pugi::xml_node node : tree.children()) {
    if (node.type() != pugi::node_element) continue;
    if (root) return "a second root element <" + std::string(node.name()) + ">";
    root = true;
  }
  // pugixml keeps no text at the top: it is looked for before the first markup and after the
  // last, where a stray line would be.
  constexpr std::string_view kSpace = " \t\r\n";
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (xml.starts_with(kByteOrderMark)) xml.remove_prefix(kByteOrderMark.size());
  const std::string_view before = xml.substr(0, xml.find('<'));
  const std::size_t last = xml.rfind('>');
  const std::string_view after = last == std::string_view::npos ? "" : xml.substr(last + 1);
  if (before.find_first_not_of(kSpace) != std::string_view::npos ||
      after.find_first_not_of(kSpace) != std::string_view::npos) {
    return "text outside the root element";
  }
  return {};
}

bool is_strata_header(pugi::xml_node header) {
  const bool named = header.child("encodingDesc")
                         .child("appInfo")
                         .find_child_by_attribute("application", "xml:id", ApplicationIds::kStrata);
  const std::string_view about = header.child("fileDesc").child("sourceDesc").child_value("p");
  return named && about.starts_with("Document ");
}

}  // namespace strata::formats
