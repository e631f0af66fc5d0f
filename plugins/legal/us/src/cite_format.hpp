// Normalized cites written from a template's format.
#pragma once

#include <string>
#include <string_view>

#include "found_cite.hpp"

namespace strata::legal::us {

// Fills a format such as "{volume} {reporter} {page}" or "{title} {reporter} § {section}" from
// the cite's parts (reporter normalized); a blank page is written "___".
std::string format_cite(const char* format, const FoundCite& cite);

// Runs of whitespace as one space ("U.S.\nC." -> "U.S. C."), for cites written as found.
std::string collapse_spaces(std::string_view text);

}  // namespace strata::legal::us
