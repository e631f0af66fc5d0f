// Writing the standOff of a TEI file from elsewhere a few annotations at a time.
#pragma once

#include <functional>
#include <ostream>
#include <pugixml.hpp>
#include <string_view>

namespace strata::formats {

// Writes the standOff element that `layers` (standoff_xml's, possibly empty) holds, with
// `crossing` (a spanGrp, or a null node) as its first child and an xml:id "standOff" after its
// attributes, each element passed through `adapt` (which renames ids and maps pointers) before
// it is written; nothing when `layers` is empty and there is no `crossing`. The bytes are those
// of parsing `layers` into the file's tree and printing it (pugixml, raw), but the standOff is
// parsed some 64 KB at a time, so that it is never a tree in memory: for a large document it
// took several times the memory of its text. Throws strata::Error when `layers` is not a
// standOff element.
void write_foreign_standoff(std::string_view layers, pugi::xml_node crossing,
                            const std::function<void(pugi::xml_node)>& adapt, std::ostream& out);

}  // namespace strata::formats
