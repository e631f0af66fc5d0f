// Splitting a name from a list into the tokens the tokenizer would make of it.
#pragma once

#include <string_view>
#include <vector>

namespace strata::entities {

// The tokens of `name` as the tokens plugin and KIND split running text: at white space, and
// after the apostrophe of an elided word ("Banca d'Italia" → Banca, d', Italia; "L'Aquila" →
// L', Aquila). A surname such as "D'Alema" or "O'Brien" (one capital other than L, then a
// capitalised word) stays whole, as the tokens plugin keeps it; an English clitic after a word
// of two or more letters is split off ("McDonald's" → McDonald, 's).
std::vector<std::string_view> name_tokens(std::string_view name);

}  // namespace strata::entities
