// Multiword boosters and idioms: the rules of VADER that read several words at once.
#pragma once

#include <optional>
#include <span>

#include "word_lists.hpp"
#include "words.hpp"

namespace strata::sentiment {

// Whether a multiword booster starts at word `i` ("kind" in "kind of"): then the word is part
// of the booster, not a sentiment word.
bool starts_booster_phrase(std::span<const Word> words, std::size_t i, const WordLists& lists);

// The change that a multiword booster ending one or two words before `i` ("sort of", "un po'")
// makes to the valence `valence` of word `i`: its increment, towards the valence's sign.
double phrase_booster_change(std::span<const Word> words, std::size_t i, const WordLists& lists,
                             double valence);

// What an idiom of two or three words makes of word `i`, or nothing if `i` is in none: the
// idiom's valence on its last word ("heart" in "broken heart", "for" in "to die for"), 0 on the
// others, so that the idiom counts once whatever its words' own valences.
std::optional<float> idiom_valence(std::span<const Word> words, std::size_t i,
                                   const WordLists& lists);

}  // namespace strata::sentiment
