// Telling quotations from other quoted text: titles, nicknames, scare quotes, terms.
#pragma once

#include <cstddef>

#include "attribution.hpp"
#include "lexicon.hpp"

namespace strata::quotations {

// What the filter knows of a quoted span.
struct QuotedText {
  std::size_t words = 0;           // word and number tokens in the content
  std::size_t capitalised = 0;     // of them, those that start with a capital
  bool title_before = false;       // a not-speech phrase ends right before the opening mark
  bool opens_sentence = false;     // the opening mark starts a sentence: a line of dialogue
  bool capitalised_first = false;  // the content starts with a capital letter
  bool reads_as_sentence = false;  // after a colon or a cue right against it, or ending in
                                   // . ! ?: words, not a name
  Pattern pattern = Pattern::none;
};

// Whether a quoted span is someone's words. A cue next to it ("ha detto", "secondo", a colon)
// makes even a short span speech ("elevate al «livello di alleanza»"); without one, a span of
// fewer than `min_words` words is a scare quote or a term, and a span written in Title Case
// is a title; but a span that opens its sentence is a line of dialogue ("“Yes?”"), whatever
// its length. A short span inside a sentence that starts with a capital is a name ("la
// «Repubblica di Macedonia»"), cue or not, unless it reads as a sentence ("ha detto: «Siamo
// pronti»"). A span right after "il film", "la legge",
// "cosiddetto"... is never speech.
bool is_speech(const QuotedText& quoted, std::size_t min_words);

}  // namespace strata::quotations
