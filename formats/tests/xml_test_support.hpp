// Helpers the formats tests share for writing and reading back XML.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "sample_documents.hpp"

namespace strata::formats::testing {

// write_tei into a string.
std::string tei_string(const Document& document, const RunInfo& run = sample_run());
// write_tei of a sample document (with its run) into a string.
std::string sample_tei(std::string_view name);

// Parses XML keeping whitespace-only text nodes (the body's text needs them); throws
// std::runtime_error when `xml` is not well-formed.
void parse_xml(pugi::xml_document& into, std::string_view xml);

// The text content of an element (all its text descendants in order).
std::string text_of(pugi::xml_node element);

// The element the XPath expression selects (pugixml ignores namespaces, so //w works).
pugi::xml_node select(const pugi::xml_document& document, const char* xpath);

// `element` as XML without any added formatting, as the writers print pugixml's nodes
// (print_node: pugixml's bytes, but a CR in text as "&#13;").
std::string raw_xml(pugi::xml_node element);

}  // namespace strata::formats::testing
