// Checks and encodings for the XML and TEI name-like values the writers produce.
#pragma once

#include <string>
#include <string_view>

namespace strata::formats {

// Whether `utf8` may stand in a TEI @type (teidata.enumerated: one or more characters, none of
// them a control, format, unassigned or separator character, i.e. [^\p{C}\p{Z}]+).
bool is_tei_word(std::string_view utf8);

// `utf8` as an XML Name (for f@name, which must be one). A character other than an ASCII
// letter, digit, '_', ':', '-' or '.', or one of those where a Name cannot have it, becomes
// _xHHHH_ (or _xHHHHHHHH_ beyond the BMP), and a '_' that starts such a pattern becomes
// _x005F_, as in .NET's XmlConvert.EncodeName, so the original stays recoverable. ASCII names
// that are already valid and contain no "_x" come back unchanged. The empty name, which no Name
// is, becomes kEmptyXmlName.
std::string encode_xml_name(std::string_view utf8);

// What encode_xml_name makes of the empty name: an escape with no digits, which it makes of no
// other name (it escapes every "_x" it is given), so that decoding tells "" from "_".
inline constexpr std::string_view kEmptyXmlName = "_x_";

}  // namespace strata::formats
