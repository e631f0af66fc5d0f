// Normalized cites written from a template's format.
#pragma once

#include <string>

#include "found_cite.hpp"

namespace strata::legal::us {

// Fills a format such as "{volume} {reporter} {page}" or "{title} {reporter} § {section}" from
// the cite's parts (reporter normalized); a blank page is written "___".
std::string format_cite(const char* format, const FoundCite& cite);

}  // namespace strata::legal::us
