// A pugixml tree given to a reader as XML events (xml_events.hpp), as stream_xml gives a file.
#pragma once

#include <pugixml.hpp>
#include <vector>

#include "xml_events.hpp"

namespace strata::formats {

// Calls `events` for `root` and everything inside it, in document order, without recursion. A
// template, so that a final reader's handlers are called directly; and each pugixml accessor is
// a call into the library, so each is asked once per node: the walk took about a tenth of
// reading a corpus's TEI back.
template <typename Events>
void walk_xml(pugi::xml_node root, Events& events) {
  std::vector<const char*> pairs;  // attributes laid out as XmlAttributes wants
  pugi::xml_node node = root;
  for (;;) {
    const pugi::xml_node_type type = node.type();
    if (type == pugi::node_element) {
      pairs.clear();
      for (pugi::xml_attribute attribute = node.first_attribute(); attribute;
           attribute = attribute.next_attribute()) {
        pairs.push_back(attribute.name());
        pairs.push_back(attribute.value());
      }
      pairs.push_back(nullptr);
      events.start_element(node.name(), XmlAttributes(pairs.data()));
      if (const pugi::xml_node child = node.first_child()) {
        node = child;
        continue;
      }
      events.end_element();
    } else if (type == pugi::node_pcdata || type == pugi::node_cdata) {
      events.text(node.value());
    }
    // `node` and all inside it are done: on to its next sibling, closing the parents it ends.
    for (;;) {
      if (node.internal_object() == root.internal_object()) return;
      if (const pugi::xml_node next = node.next_sibling()) {
        node = next;
        break;
      }
      node = node.parent();
      events.end_element();
    }
  }
}

}  // namespace strata::formats
