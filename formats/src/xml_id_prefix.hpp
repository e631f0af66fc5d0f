// Renaming the xml:ids of a tree, and the pointers at them, so that trees can be put together.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace strata::formats {

// Puts `prefix` before every xml:id in `root` (itself included) and before the id named by
// every same-document pointer ("#id", "#string-range(id,...)") in the pointer attributes of TEI
// (@target, @ref, @who, @corresp, @decls, @wit... : the 67 of xml_id_prefix.cpp). Meant for
// trees whose pointers all name ids of the same tree.
void prefix_xml_ids(pugi::xml_node root, std::string_view prefix);

// Whether an attribute of this name holds pointers (the list above).
bool is_pointer_attribute(std::string_view name);

// A pointer attribute's value with `prefix` before the id of each same-document pointer in it.
std::string prefixed_pointers(std::string_view items, std::string_view prefix);

}  // namespace strata::formats
