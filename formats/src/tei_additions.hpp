// Telling apart what Strata added to a TEI file from elsewhere, to check the rest is intact.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace strata::formats {

// The prefix of the xml:ids the last Strata run added to `tei` (its application ident="strata"
// has the id PREFIX + "strata"), or "" when no Strata application has such an id.
std::string added_id_prefix(pugi::xml_node tei);

// Takes out of `root` what write_foreign_tei added under `prefix`: a w or pc with a prefixed
// xml:id gives way to its content, any other element with one is removed whole, and a prefixed
// xml:id on an element of the file (body) is removed.
void remove_additions(pugi::xml_node root, std::string_view prefix);

}  // namespace strata::formats
