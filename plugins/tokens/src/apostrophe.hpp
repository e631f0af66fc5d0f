// Where a word is split at an apostrophe that has letters on both sides.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace strata::tokens {

// How a language uses apostrophes inside words.
enum class ApostropheRule : std::uint8_t {
  // English: clitics are split off as in the Penn Treebank ("do" + "n't", "Putin" + "'s",
  // "I" + "'m"); any other apostrophe stays inside the word ("O'Brien", "o'clock").
  english,
  // Italian, and the default for other languages: an elided word keeps its apostrophe and is a
  // token of its own ("dell'" + "ONU", "c'" + "è"); a surname such as "D'Alema" or "O'Brien" (one
  // capital other than the article L, then a capitalised word) stays whole; an English clitic
  // after a word of two or more letters is still split ("McDonald" + "'s").
  elision,
};

// What to do with one such apostrophe.
struct ApostropheSplit {
  enum class Action : std::uint8_t {
    keep,           // the apostrophe is inside the word
    split_clitic,   // [word_begin, split) and [split, clitic_end) are two tokens
    split_elision,  // [word_begin, split) is a token; split is just after the apostrophe
  };
  Action action = Action::keep;
  std::size_t split = 0;
  std::size_t clitic_end = 0;
};

// Decides for the apostrophe at [apostrophe, after) in the word that starts at `word_begin`;
// the caller has checked that a letter or digit comes before and after it.
ApostropheSplit split_at_apostrophe(std::string_view text, std::size_t word_begin,
                                    std::size_t apostrophe, std::size_t after, ApostropheRule rule);

}  // namespace strata::tokens
