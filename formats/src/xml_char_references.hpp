// Finding the character references of an XML file that name a character XML does not allow.
// pugixml decodes every one of them without a word: "&#0;" becomes a NUL that ends the value it
// is in (values are C strings), and "&#1;" a control that is written back as it came, so that
// the output is no more well-formed than the input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace strata::formats {

// A character reference in a file: where it begins and its text, "&#" to ";".
struct CharReference {
  std::size_t at = 0;
  std::string_view text;
};

// The first character reference ("&#N;" or "&#xH;") in `xml` that names a character XML 1.0
// does not allow (is_xml_char), a number beyond U+10FFFF included; nullopt when there is none.
// `xml` is well-formed as pugixml reads it and has no DOCTYPE: inside a comment, a CDATA section
// or a processing instruction the same characters are text, not a reference.
std::optional<CharReference> find_forbidden_reference(std::string_view xml);

// A forbidden reference in a message: "\"&#0;\" names a character XML does not allow", its
// digits cut short when they go on and on.
std::string describe_forbidden(const CharReference& reference);

}  // namespace strata::formats
