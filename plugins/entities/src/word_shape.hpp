// A word's shape ("Xxxx", "dd-dd-dddd") and capitalisation, the features that generalise over
// words the training data never showed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace strata::entities {

// How a word's letters are capitalised.
enum class Capitalization : std::uint8_t {
  none,     // no letters: numbers, punctuation
  lower,    // every letter lower case (or without case)
  title,    // "Roma": an upper-case letter, then two or more letters all lower case
  upper,    // "ONU", "NATO": two or more letters, all upper case
  initial,  // "J", "J.": one letter, upper case
  mixed,    // "McDonald", "iPhone", "eBay"
};

// Whether a word so written starts with or is all capitals: what names look like.
inline bool is_capitalised(Capitalization capitalization) {
  return capitalization != Capitalization::none && capitalization != Capitalization::lower;
}

// The shapes of a word, hashed, and what they say about it. The shape writes each character
// as X (upper-case letter), x (lower-case or caseless letter), d (digit), ' (apostrophe) or
// itself (other ASCII), or * (anything else), keeping at most four of a run of the same
// symbol: "Roma" → "Xxxx", "Berlusconi" → "Xxxxx", "19-06-2024" → "dd-dd-dddd". The short shape
// keeps one of each run: "Xx", "d-d-d", "X.X.".
struct WordShape {
  std::uint64_t shape = 0;        // hash of the shape
  std::uint64_t short_shape = 0;  // hash of the short shape
  Capitalization capitalization = Capitalization::none;
  bool has_digit = false;
  std::uint32_t length = 0;  // in code points
};

WordShape word_shape(std::string_view word);

// The shapes as text, for tests and for looking at what the tagger sees.
std::string shape_text(std::string_view word);
std::string short_shape_text(std::string_view word);

}  // namespace strata::entities
