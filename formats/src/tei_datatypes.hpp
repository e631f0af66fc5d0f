// Which values some TEI attributes accept, for the values that come from outside the writer.
#pragma once

#include <string>
#include <string_view>

namespace strata::formats {

// The longest prefix of `version` that application@version accepts
// ([\d]+[a-z]*[\d]*(\.[\d]+[a-z]*[\d]*){0,3}), or "0" if there is none: "1.2.0-rc1" -> "1.2.0".
std::string tei_version(std::string_view version);

// Whether @when accepts `s` as we write it: an xsd:date or xsd:dateTime (RunInfo's timestamps),
// a day of the calendar at a time of the day.
bool is_w3c_date_time(std::string_view s);

// Whether @when accepts `s` as a date the entities plugin gives: an xsd:gYear ("2024"),
// gYearMonth ("2024-03"), gMonth ("--03"), gMonthDay ("--03-03"), or what is_w3c_date_time
// accepts.
bool is_w3c_when(std::string_view s);

// Whether xml:lang accepts `tag` (xsd:language: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*).
bool is_language_tag(std::string_view tag);

}  // namespace strata::formats
