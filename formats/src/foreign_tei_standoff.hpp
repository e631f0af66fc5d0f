// Writing the standOff of a TEI file from elsewhere a few annotations at a time.
#pragma once

#include <functional>
#include <istream>
#include <ostream>
#include <pugixml.hpp>

namespace strata::formats {

// Writes the standOff element that `layers` holds (what standoff_xml or
// SpilledStandoff::write_standoff wrote; possibly nothing), with `crossing` (a spanGrp, or a null
// node) as its first child and an xml:id "standOff" after its attributes, each element passed
// through `adapt` (which renames ids and maps pointers) before it is written; nothing when
// `layers` is empty and there is no `crossing`. The bytes are those of parsing `layers` into the
// file's tree and printing it (pugixml, raw), but `layers` is read and parsed some 64 KB at a
// time and its layers are never a tree in memory: for a large document that tree took several
// times the memory of its text. Throws strata::Error when `layers` is not one element.
void write_foreign_standoff(std::istream& layers, pugi::xml_node crossing,
                            const std::function<void(pugi::xml_node)>& adapt, std::ostream& out);

}  // namespace strata::formats
