// Walking an XML tree in document order without recursion.
#pragma once

#include <pugixml.hpp>

namespace strata::formats {

// The node after `node` in document order inside `root`, or a null node at the end; `skip`
// leaves out what is inside `node`. A loop, not recursion: a body holds millions of nodes.
inline pugi::xml_node next_inside(pugi::xml_node node, pugi::xml_node root, bool skip = false) {
  if (!skip && node.first_child()) return node.first_child();
  while (node != root && !node.next_sibling()) node = node.parent();
  return node == root ? pugi::xml_node() : node.next_sibling();
}

}  // namespace strata::formats
