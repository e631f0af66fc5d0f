// VADER's rules: the valence each word of a sentence contributes.
#pragma once

#include <span>
#include <vector>

#include "word_lists.hpp"
#include "words.hpp"

namespace strata::sentiment {

// VADER's empirical constants (Hutto & Gilbert 2014).
inline constexpr double kCapsIncrement = 0.733;  // a sentiment word in capitals among others
inline constexpr double kNegationScalar = -0.74;
inline constexpr double kBoosterIncrement = 0.293;  // what -issimo adds, as "molto" would
inline constexpr double kBeforeContrast = 0.5;
inline constexpr double kAfterContrast = 1.5;

// One valence per word, in order: the word's lexicon valence (0 for words without one) raised
// or lowered by the boosters and capitals before it, flipped by a negator among the three words
// before it, replaced inside an idiom, then halved before the sentence's first contrast word and
// increased by half after it.
std::vector<double> word_valences(std::span<const Word> words, const WordLists& lists);
// The same into `valences` (replaced), so that a caller scoring sentence after sentence reuses
// one vector.
void word_valences(std::span<const Word> words, const WordLists& lists,
                   std::vector<double>& valences);

}  // namespace strata::sentiment
