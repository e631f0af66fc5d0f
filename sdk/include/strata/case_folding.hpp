// Unicode case folding, for comparing words regardless of case.
#pragma once

#include <string>
#include <string_view>

namespace strata {

// Full Unicode case folding of UTF-8 text ("Città" and "CITTÀ" both fold to "città"; "Straße"
// folds to "strasse"). ASCII-only text takes a fast path.
std::string fold_case(std::string_view utf8_text);

}  // namespace strata
