// The kinds of features the tagger extracts, and the hash that identifies the whole set.
#pragma once

#include <cstdint>

namespace strata::entities {

// Raise when a template computes something new, so that models trained on the old features
// refuse to load rather than tag badly. Adding, removing or reordering templates, or editing
// the trigger lists, changes feature_set_hash() by itself.
inline constexpr std::uint32_t kFeatureSetVersion = 1;

// One family of features, e.g. "the lower-cased word one token before". Each feature is a
// hash of its template and its values, so templates never collide with one another.
enum class Template : std::uint8_t {
  bias,
  word,                   // normalized form
  word_capitalization,    // normalized form and capitalisation: nearly the surface form
  shape,                  // "Xxxx", "dd-dd-dddd"
  short_shape,            // "Xx", "d-d-d"
  prefix,                 // 1 to 4 characters
  suffix,                 // 1 to 4 characters
  capitalization,         // with whether the token starts the sentence
  neighbour_word,         // normalized form at -2, -1, +1, +2
  neighbour_shape,        // short shape at -2, -1, +1, +2
  bigram,                 // words at (-1, 0), (0, +1), (-2, -1) and (+1, +2)
  neighbour_suffix,       // 3-character suffix at -1 and +1
  capitalization_window,  // capitalisation at -1, 0, +1
  word_before_shape,      // word at -1 with the short shape at 0: "presidente" + "Xx"
  shape_word_after,       // short shape at 0 with the word at +1: "Xx" + "ha"
  gazetteer,              // category and B/I/L/U position of a match, at -1, 0, +1
  trigger,                // a trigger word's kind at -3..+2
  name_run,               // position in a run of capitalised words and the run's length
  name_run_context,       // what precedes the run (title, preposition) and what is in it
  document_use,           // a capitalised word's other uses in the document
  document_neighbour,     // the words around a capitalised word's occurrences in the document
  document_label,         // second pass: how the first pass tagged the word across the document
  length,                 // length in characters, capped
  name_word,              // the roles of the words at -1, 0, +1 in the gazetteer's names
  count
};

// Identifies the feature set: kFeatureSetVersion, the templates and the trigger lists. A model
// records it, and loading checks it against the code's.
std::uint64_t feature_set_hash();

}  // namespace strata::entities
