// The normalized form of a word that lexical features and gazetteers compare.
#pragma once

#include <string>
#include <string_view>

namespace strata::entities {

// `word` case-folded, with the typographic apostrophe written as ASCII "'" (so "Dell’" and
// "dell'" are one form). Returns a view of `buffer`, which the caller reuses from word to word:
// ASCII and Latin-1 words, nearly all of them, are folded there without allocating; other words
// go through strata::fold_case.
std::string_view normalize_word(std::string_view word, std::string& buffer);

}  // namespace strata::entities
