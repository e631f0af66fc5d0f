// Printing a TEI file from elsewhere with our tokens put into its text nodes on the way.
#pragma once

#include <functional>
#include <ostream>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "foreign_tei_tokens.hpp"

namespace strata::formats {

// What to write as the last child of one element: what is too large to add to the tree.
struct LastChild {
  pugi::xml_node parent;
  std::function<void(std::ostream&)> write;
};

// Prints `tree` as pugixml prints it raw (pugi::format_raw, UTF-8), each node outside the root
// (declaration, processing instructions, comments) on a line of its own, as files usually have
// them, with the tokens of `wraps` (read back) written into their text nodes as <w> or <pc>
// elements whose xml:id is `id_prefix` and the token's id, and `last` written at the end of its
// parent. The tree is not changed, so it does not grow by a node per token. Throws strata::Error
// when a run of tokens names no text node of the tree, in document order.
void print_with_tokens(const pugi::xml_document& tree, TokenWraps& wraps,
                       std::string_view id_prefix, const LastChild& last, std::ostream& out);

// Appends `text` as pugixml escapes an attribute value (`attribute`) or a text node's value:
// '&', '<' and in values '"' as entities, in text '>' too, control characters as "&#NN;" (in
// text tab and line feed as they are; a carriage return as "&#13;", as print_node writes it).
void append_pugixml_escaped(std::string& out, std::string_view text, bool attribute);

// Appends ` name="value"`, the value escaped as pugixml escapes it.
void append_pugixml_attribute(std::string& out, std::string_view name, std::string_view value);

// Appends "<name" and the attributes of `element` as pugixml writes them; the caller ends the tag.
void append_pugixml_start_tag(std::string& out, pugi::xml_node element);

}  // namespace strata::formats
