// What the sentiment engine's lists say about one word.
#pragma once

namespace strata::sentiment {

// What the lists say about one folded word. A word may be several things at once ("no" is a
// determiner with a valence of its own; "kind" has a valence but starts "kind of").
struct WordEntry {
  float valence = 0.0F;  // lexicon valence, -4..4, when in_lexicon
  float booster = 0.0F;  // added to the next sentiment word's magnitude, when is_booster
  bool in_lexicon = false;
  bool is_booster = false;
  bool negator = false;     // flips a sentiment word within three after it
  bool contrast = false;    // "but", "ma": what follows weighs more than what precedes
  bool clitic = false;      // not counted in the three words before a sentiment word
  bool determiner = false;  // "no": negates the next word or two if they carry sentiment
  // Negated, affirms what follows ("non esclude la cooperazione", "does not deny the success"):
  // a negator before it does not reach the sentiment words after it.
  bool ends_negation = false;
  bool in_phrase = false;  // part of a multiword booster or idiom
};

}  // namespace strata::sentiment
