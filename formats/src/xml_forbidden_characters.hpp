// Finding, in an XML file, the characters XML does not allow that pugixml lets pass: a NUL byte,
// where pugixml ends the document (taking what came before it, if that parses), and character
// references such as "&#0;" and "&#1;", which it decodes without a word: "&#0;" into a NUL that
// ends the value it is in (its values are C strings), "&#1;" into a control that is written back
// as it came, so that the output is no more well-formed than the input; and the same characters,
// and bytes that are not UTF-8, as the file has them, which it copies into values unchecked; and a
// '&' that starts no reference or names an entity never defined, which it keeps as text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace strata::formats {

// A character XML does not allow, found in a file: where it is, and what it is in words.
struct ForbiddenCharacter {
  std::size_t at = 0;
  std::string what;  // "a NUL byte", "character reference \"&#0;\" (U+0000, ...)"
};

// The first NUL byte of `xml`; else the first of: a character reference ("&#N;" or "&#xH;")
// that names a character XML 1.0 does not allow (is_xml_char), a number beyond U+10FFFF
// included; such a character itself (a control, U+FFFE); a byte that is not UTF-8 (an overlong
// form and an encoded surrogate included); a '&' that starts no reference, or a reference to an
// entity XML does not define ("&nbsp;": without a DOCTYPE, none is defined but the five).
// nullopt when there is none. Inside a comment, a CDATA
// section or a processing instruction the same characters are text, not a reference; they are told
// as a well-formed file has them.
std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view xml);

}  // namespace strata::formats
