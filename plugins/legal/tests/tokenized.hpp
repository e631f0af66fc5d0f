// Documents tokenized by the real tokens plugin, for the tests that depend on how it reads text.
#pragma once

#include <string_view>

#include "strata/document.hpp"

namespace strata::legal {

// `text` as a document with the tokens and sentences layers of the tokens plugin, configured as
// by default.
Document tokenized(std::string_view text, std::string_view language = "it");

}  // namespace strata::legal
