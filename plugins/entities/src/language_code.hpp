// Comparing a document's language code with the languages the plugin has resources for.
#pragma once

#include <string_view>

namespace strata::entities {

// Whether `language` is the two-letter `code` (lower case), ignoring case and a region or
// script after '-' or '_': documents may carry a full locale ("it-IT", "IT", "it_CH").
bool is_language(std::string_view language, std::string_view code);

}  // namespace strata::entities
