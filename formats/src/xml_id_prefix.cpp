#include "xml_id_prefix.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "tei_pointer.hpp"
#include "xml_walk.hpp"

namespace strata::formats {
namespace {

// The attributes of TEI P5 (4.7.0) whose values are pointers (teidata.pointer: tei_all.rng's
// anyURI attributes, less those that hold URIs of other kinds, such as @url, @ns, @xml:base, and
// data categories), sorted for a binary search.
constexpr std::array<std::string_view, 67> kPointerAttributes = {
    "active",       "adj",
    "adjFrom",      "adjTo",
    "ana",          "calendar",
    "change",       "children",
    "copyOf",       "corresp",
    "datingMethod", "datingPoint",
    "decls",        "defaultExceptions",
    "domains",      "edRef",
    "end",          "except",
    "exclude",      "fVal",
    "facs",         "feats",
    "filter",       "follow",
    "from",         "fromUnit",
    "given",        "hand",
    "inst",         "lemmaRef",
    "location",     "mergedIn",
    "mutual",       "new",
    "next",         "nymRef",
    "origin",       "parent",
    "parts",        "passive",
    "perf",         "period",
    "prev",         "property",
    "ref",          "rendition",
    "require",      "resp",
    "sameAs",       "scheme",
    "scribeRef",    "scriptRef",
    "select",       "since",
    "source",       "spanTo",
    "start",        "synch",
    "target",       "targetEnd",
    "to",           "toUnit",
    "toWhom",       "unitRef",
    "where",        "who",
    "wit"};

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// `item` with its id prefixed when it is a same-document pointer; as it is otherwise.
std::string prefixed_pointer(std::string_view item, std::string_view prefix) {
  const TeiPointer pointer = parse_tei_pointer(item);
  switch (pointer.kind) {
    case TeiPointer::Kind::id:
      return "#" + std::string(prefix) + std::string(pointer.id);
    case TeiPointer::Kind::string_range:
      return "#string-range(" + std::string(prefix) + std::string(pointer.id) + "," +
             std::to_string(pointer.offset) + "," + std::to_string(pointer.length) + ")";
    case TeiPointer::Kind::external:
    case TeiPointer::Kind::malformed:
      break;
  }
  return std::string(item);
}

}  // namespace

std::string prefixed_pointers(std::string_view items, std::string_view prefix) {
  std::string out;
  std::size_t i = 0;
  while (i < items.size()) {
    std::size_t end = i;
    const bool space = is_xml_space(items[i]);
    while (end < items.size() && is_xml_space(items[end]) == space) ++end;
    const std::string_view run = items.substr(i, end - i);
    out += space ? std::string(run) : prefixed_pointer(run, prefix);
    i = end;
  }
  return out;
}

bool is_pointer_attribute(std::string_view name) {
  static_assert(std::is_sorted(kPointerAttributes.begin(), kPointerAttributes.end()));
  return std::binary_search(kPointerAttributes.begin(), kPointerAttributes.end(), name);
}

namespace {

void prefix_element(pugi::xml_node element, std::string_view prefix) {
  for (pugi::xml_attribute attribute : element.attributes()) {
    const std::string_view name = attribute.name();
    if (name == "xml:id") {
      attribute.set_value((std::string(prefix) + attribute.value()).c_str());
    } else if (is_pointer_attribute(name)) {
      attribute.set_value(prefixed_pointers(attribute.value(), prefix).c_str());
    }
  }
}

}  // namespace

void prefix_xml_ids(pugi::xml_node root, std::string_view prefix) {
  for (pugi::xml_node node = root; node; node = next_inside(node, root)) {
    if (node.type() == pugi::node_element) prefix_element(node, prefix);
  }
}

}  // namespace strata::formats
