// The header half of read_tei: what Strata's teiHeader says about the document.
#pragma once

#include <map>
#include <pugixml.hpp>
#include <string>

namespace strata::formats {

// The id and metadata `file_desc` holds. The title is the id unless the document had a title;
// then the id is only in sourceDesc's first p, "Document ID: the primary text ...".
void read_header(pugi::xml_node file_desc, std::string& id,
                 std::map<std::string, std::string>& metadata);

// Throws Error when the SHA-256 of `text` is not the one `file_desc` gives (if it gives one).
void check_digest(pugi::xml_node file_desc, const std::string& text);

// Throws Error unless `header` names Strata in appInfo and the document in sourceDesc: TEI made
// by other tools has other markup, other ids and no standOff of ours, and would come back wrong.
void check_strata_header(pugi::xml_node header);

}  // namespace strata::formats
