// Making text from plugins and metadata fit to be written as XML 1.0.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace strata::formats {

// `text` itself when XML 1.0 can carry all of it; otherwise a copy, kept in `scratch`, with
// invalid UTF-8 and the characters XML forbids (C0 controls other than tab, LF and CR; U+FFFE,
// U+FFFF) replaced by U+FFFD. The primary text never needs this (the SDK refuses such text), but
// feature values, metadata and plugin descriptions are not checked by anyone before a writer.
std::string_view xml_safe(std::string_view text, std::string& scratch);

// Whether XML 1.0 allows `code_point` in a document (its Char production): tab, LF, CR and
// U+0020..U+10FFFF less the surrogates, U+FFFE and U+FFFF.
bool is_xml_char(std::uint32_t code_point);

}  // namespace strata::formats
