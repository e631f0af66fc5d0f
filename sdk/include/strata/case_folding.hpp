// Unicode case folding, for comparing words regardless of case.
#pragma once

#include <string>
#include <string_view>

namespace strata {

// Full Unicode case folding of UTF-8 text ("Città" and "CITTÀ" both fold to "città"; "Straße"
// folds to "strasse"). ASCII-only text takes a fast path.
std::string fold_case(std::string_view utf8_text);

// A word as lexicons compare it: case-folded, with the typographic apostrophe written as ASCII
// "'" (so "Dell’" and "dell'" are one form). Returns a view of `buffer`, which the caller reuses
// from word to word: ASCII and Latin-1 words, nearly all of them, are folded there without
// allocating; other words go through fold_case.
std::string_view fold_word(std::string_view word, std::string& buffer);

}  // namespace strata
