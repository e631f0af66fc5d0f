// Parsing a TEI input file, with the refusals every TEI reader shares.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace strata::formats {

// Parses `xml` into `tree` keeping white-space-only text (the spaces and blank lines between
// inline elements are part of the text), with `extra_options` added to pugixml's defaults.
// Throws Error with a one-line message for XML that is not well-formed (a NUL byte and a
// character reference to a character XML does not allow included, which pugixml lets pass), a
// DOCTYPE (pugixml never fetches or expands its entities, but a file relying on them would not
// read as its author meant), elements nested more than 1000 deep and a root other than TEI.
void parse_tei(std::string_view xml, pugi::xml_document& tree, unsigned extra_options = 0);

// What stands beside the root element of `tree`, parsed from `xml` ("a second root element <x>",
// "text outside the root element": before the first markup or after the last), where XML allows
// only comments, processing instructions and white space; "" for nothing. pugixml parses a
// second element there without a word, and drops such text.
std::string beside_the_root(const pugi::xml_document& tree, std::string_view xml);

// Whether a teiHeader is Strata's: it names Strata's application in appInfo and the document in
// sourceDesc, as write_tei writes it.
bool is_strata_header(pugi::xml_node header);

}  // namespace strata::formats
