// Telling Italian from English in a short text that has too few function words to tell.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "token_span.hpp"
#include "word_list.hpp"

namespace strata::tokens {

// Guesses the language of a short text the function words leave undetermined (a tweet, a
// headline: "Mario Monti subito presidente!", "Feeble comedy.") from how its words end: Italian
// words end in a vowel, English ones mostly in a consonant. It stays undetermined where another
// language shows (a function word of French, Spanish, German, Portuguese or Dutch, or a letter
// neither language writes: ñ, ü, ß, a Cyrillic letter), since a short text in those would look
// English or Italian by its endings. Read-only after construction.
class SpellingGuess {
 public:
  // Longer texts with so few Italian or English function words are in another language.
  static constexpr std::size_t kMaxWords = 50;
  // A language needs this many points, and kRatio times the other's: a function word of its
  // own scores two, a word of three or more letters that ends its way one.
  static constexpr std::size_t kMinPoints = 2;
  static constexpr std::size_t kRatio = 3;

  SpellingGuess(const WordList& italian, const WordList& english, const WordList& other);

  // "it", "en" or "und" for the text split into `tokens` (by any of the plugin's tokenizers).
  // Words right after "#" or "@" (hashtags, user names) are names, not evidence.
  std::string_view guess(std::string_view text, std::span<const TokenSpan> tokens) const;

 private:
  static constexpr WordList::Tags kItalian = 1;
  static constexpr WordList::Tags kEnglish = 2;
  static constexpr WordList::Tags kOther = 4;
  WordList words_;
};

}  // namespace strata::tokens
