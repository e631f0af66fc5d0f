// Renaming the xml:ids of a tree, and the pointers at them, so that trees can be put together.
#pragma once

#include <pugixml.hpp>
#include <string_view>

namespace strata::formats {

// Puts `prefix` before every xml:id in `root` (itself included) and before the id named by
// every same-document pointer ("#id", "#string-range(id,...)") in the pointer attributes of TEI
// (@target, @from, @to, @resp, @who, @ana, @corresp, @next, @prev, @sameAs, @copyOf, @synch,
// @facs, @hand, @source, @rendition, @spanTo, @scheme). Meant for trees
// whose pointers all name ids of the same tree.
void prefix_xml_ids(pugi::xml_node root, std::string_view prefix);

}  // namespace strata::formats
