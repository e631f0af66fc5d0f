// What the sentiment engine's lists say about one word.
#pragma once

#include <cstddef>
#include <cstdint>

namespace strata::sentiment {

// What the lists say about one folded word. A word may be several things at once ("no" is a
// determiner with a valence of its own; "kind" has a valence but starts "kind of"). The flags
// are bits: a word carries a copy of its entry, and the table keeps it beside the word's key.
struct WordEntry {
  float valence = 0.0F;  // lexicon valence, -4..4, when in_lexicon
  float booster = 0.0F;  // added to the next sentiment word's magnitude, when is_booster
  bool in_lexicon : 1 = false;
  bool is_booster : 1 = false;
  bool negator : 1 = false;   // flips a sentiment word within three after it
  bool contrast : 1 = false;  // "but", "ma": what follows weighs more than what precedes
  // A clitic or article ("mi", "un"): not counted in the three words before a sentiment word,
  // so "non mi piace" is "non piace" and "non è stato un errore" reaches the error.
  bool skipped_in_window : 1 = false;
  bool determiner : 1 = false;  // "no": negates the next word or two if they carry sentiment
  // Negated, affirms what follows ("non esclude la cooperazione", "does not deny the success"):
  // a negator before it does not reach the sentiment words after it.
  bool ends_negation : 1 = false;
  // Stands inside a negation and strengthens it ("non è affatto bello", "non c'è alcun
  // problema"): as a clitic, not counted in the three words before a sentiment word, so the
  // negator before it still reaches that word. It negates nothing itself.
  bool reinforces_negation : 1 = false;
  // An Italian negative word ("mai", "niente", "nessuno"): with a negator before it, one
  // negation, not two that cancel ("non è mai felice" is negative). Two plain negators still
  // cancel ("non senza difficoltà", litotes).
  bool n_word : 1 = false;
  bool in_phrase : 1 = false;  // part of a multiword booster or idiom
  // The last word of an idiom of two or three words, which gives it a valence even when the
  // lexicon has none ("for" of "to die for").
  bool ends_idiom : 1 = false;
  // Its valence is a verb's and counts only after a verb_opener ("I like it"): elsewhere the word
  // is another with no sentiment ("looks like rain", "people like him").
  bool verb_sense : 1 = false;
  bool verb_opener : 1 = false;  // a subject, auxiliary, modal or "to": a verb may follow it
  bool verb_adverb : 1 = false;  // "not", "just", "still": may stand between opener and verb
  // Says that what stands before it went down ("profits fell", "la fiducia è calata"): a
  // sentiment word among the four words before it is turned around, as a negator turns it.
  bool lowers_before : 1 = false;
  // Lowers what follows it, its object ("cut poverty", "il calo della fiducia"): a sentiment word
  // among the three words before it is turned around. Italian's words do both ("crolla la
  // fiducia", "la fiducia crolla").
  bool lowers_after : 1 = false;
  // Where the word stands in the phrases of two and three words that hold it, a bit for each
  // place (place_bit): "of" is second of "kind of" and of "kiss of death", so most runs of common
  // words ("of the") are ruled out as phrases before one is spelt out and looked up.
  std::uint8_t phrase_places = 0;

  // Whether it is a sentiment word: one with a valence. A lexicon entry of 0 is none: it is how
  // corrections-it.txt takes a word out of the lexicon ("altri", "affatto"), so it must not end
  // a negation or count where VADER counts sentiment words. Listed all the same (in_lexicon), it
  // is not guessed to be a superlative.
  bool has_valence() const { return in_lexicon && valence != 0.0F; }

  static constexpr std::uint8_t place_bit(std::size_t words, std::size_t at) {
    return static_cast<std::uint8_t>(1U << (words == 2 ? at : 2 + at));
  }
};

}  // namespace strata::sentiment
