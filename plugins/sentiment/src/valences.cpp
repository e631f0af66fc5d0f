#include "valences.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "booster_phrases.hpp"

namespace strata::sentiment {
namespace {

// A booster's (or dampener's) change to a sentiment word of valence `valence`: it adds to the
// magnitude, more in capitals among small letters.
double booster_change(const Word& word, double valence, bool caps_differ) {
  if (!word.entry.is_booster) return 0.0;
  double change = valence < 0 ? -word.entry.booster : word.entry.booster;
  if (word.all_caps && caps_differ) change += valence > 0 ? kCapsIncrement : -kCapsIncrement;
  return change;
}

// What weighs on all the words of a sentence, found in one pass over them.
struct SentenceWide {
  bool caps_differ = false;  // some words in capitals and some not: only then do capitals count
  std::size_t first_contrast = 0;  // the first contrast word, or the number of words
  bool has_decreaser = false;      // a word that may turn another around (lowering_word)
};

SentenceWide sentence_wide(std::span<const Word> words) {
  std::size_t caps = 0;
  std::size_t first_contrast = words.size();
  bool has_decreaser = false;
  for (std::size_t i = words.size(); i-- > 0;) {
    caps += words[i].all_caps ? 1 : 0;
    if (words[i].entry.contrast) first_contrast = i;
    has_decreaser = has_decreaser || words[i].entry.lowers_before || words[i].entry.lowers_after;
  }
  return {caps > 0 && caps < words.size(), first_contrast, has_decreaser};
}

// The up to three words before a word that a negator or booster may be, nearest first. Held
// inline: one is made for every sentiment word.
struct Window {
  std::array<std::size_t, 3> at{};
  std::size_t size = 0;
};

// The window of word `i`; clitics ("mi" in "non mi piace"), articles ("un" in "non è stato un
// errore") and words that reinforce a negation ("affatto" in "non è stato affatto facile") do
// not count.
Window window_before(std::span<const Word> words, std::size_t i) {
  Window window;
  for (std::size_t j = i; j > 0 && window.size < 3;) {
    --j;
    const WordEntry& entry = words[j].entry;
    if (!entry.skipped_in_window && !entry.reinforces_negation) window.at[window.size++] = j;
  }
  return window;
}

// "no" right before a sentiment word (or one further) negates it instead of counting itself.
bool after_determiner(std::span<const Word> words, std::size_t i) {
  for (std::size_t back = 1; back <= 2 && back <= i; ++back) {
    if (words[i - back].entry.determiner) return true;
  }
  return false;
}

// Whether a verb_sense word is the verb: a verb_opener comes before it, within three words, with
// at most boosters ("really", "kind of") and verb_adverbs ("not", "just") between: "I like",
// "you don't really like", "we do not like", but not "he isn't like" or "it's just like".
bool is_verb_here(std::span<const Word> words, std::size_t i, const WordLists& lists) {
  for (std::size_t j = i; j > 0 && i - j < 3;) {
    const Word& before = words[--j];
    if (before.entry.verb_opener) return true;
    if (j > 0 && starts_booster_phrase(words, j - 1, lists)) {
      --j;  // "kind of": the phrase is a booster, not "of"
    } else if (!before.entry.is_booster && !before.entry.verb_adverb) {
      return false;
    }
  }
  return false;
}

// Whether the word at `at` is negated by one of the two words before it: a decreaser so negated
// lowers nothing ("profits did not fall").
bool negated_at(std::span<const Word> words, std::size_t at, const WordLists& lists) {
  for (std::size_t back = 1; back <= 2 && back <= at; ++back) {
    const Word& before = words[at - back];
    if (lists.negates(before.folded, &before.entry)) return true;
  }
  return false;
}

// The decreaser that says which way sentiment word `i` goes, or words.size() if none does: one
// that lowers what follows it among the three words before `i` ("cut poverty"), or one that
// lowers what precedes it among the four after it ("profits at the bank fell"), with no other
// sentiment word, contrast word or (after it) verb opener between. It turns `i` around unless it is
// negated itself (negated_at).
std::size_t lowering_word(std::span<const Word> words, std::size_t i) {
  const Window window = window_before(words, i);
  for (std::size_t k = 0; k < window.size; ++k) {
    const Word& before = words[window.at[k]];
    if (before.entry.lowers_after) return window.at[k];
    if (before.has_valence() || before.entry.contrast) break;
  }
  std::size_t counted = 0;
  for (std::size_t j = i + 1; j < words.size() && counted < 4; ++j) {
    const WordEntry& after = words[j].entry;
    if (after.lowers_before) return j;
    // A subject or auxiliary of its own: the sentiment word is not what fell ("it broke when I
    // dropped it").
    if (after.has_valence() || after.contrast || after.verb_opener) break;
    if (!after.skipped_in_window && !after.reinforces_negation) ++counted;
  }
  return words.size();
}

// Whether decreaser `d` turns a sentiment word near it around: then its own valence is not
// counted, since it only says which way that word goes ("cut" of "cut poverty", "lower" of
// "lower unemployment").
bool lowers_a_neighbour(std::span<const Word> words, std::size_t d) {
  constexpr std::size_t kReach = 6;  // past the widest window, with a skipped word or two
  const std::size_t end = std::min(words.size(), d + kReach + 1);
  for (std::size_t k = d > kReach ? d - kReach : 0; k < end; ++k) {
    if (k != d && words[k].has_valence() && lowering_word(words, k) == d) return true;
  }
  return false;
}

// The word's own valence before the words around it change it, or nothing if it has none:
// its lexicon valence, or that of the base of its superlative raised as a booster would.
std::optional<double> own_valence(std::span<const Word> words, std::size_t i,
                                  const WordLists& lists) {
  const Word& word = words[i];
  const WordEntry& entry = word.entry;  // all false for a word the lists do not know
  if (entry.is_booster || entry.negator || entry.contrast || entry.reinforces_negation) {
    return std::nullopt;
  }
  if (starts_booster_phrase(words, i, lists)) return std::nullopt;  // "kind" of "kind of"
  if (entry.verb_sense && !is_verb_here(words, i, lists)) return std::nullopt;
  if ((entry.lowers_before || entry.lowers_after) && lowers_a_neighbour(words, i)) {
    return std::nullopt;
  }
  if (entry.in_lexicon) {
    // Listed at 0: no sentiment word, not even in capitals or after a booster.
    if (!entry.has_valence()) return std::nullopt;
    // "no" before another sentiment word only negates it.
    const bool negates_next =
        entry.determiner && i + 1 < words.size() && words[i + 1].has_valence();
    return negates_next ? 0.0 : entry.valence;
  }
  const std::optional<float> base = lists.superlative_base(word.folded);
  if (!base) return std::nullopt;
  return *base + (*base < 0 ? -kBoosterIncrement : kBoosterIncrement);
}

double valence_at(std::span<const Word> words, std::size_t i, const WordLists& lists,
                  const SentenceWide& wide) {
  const bool caps_differ = wide.caps_differ;
  if (const std::optional<float> idiom = idiom_valence(words, i, lists)) return *idiom;
  const std::optional<double> own = own_valence(words, i, lists);
  if (!own) return 0.0;
  double valence = *own;
  if (after_determiner(words, i)) valence = *own * kNegationScalar;
  if (words[i].all_caps && caps_differ) valence += valence > 0 ? kCapsIncrement : -kCapsIncrement;
  static constexpr std::array<double, 3> kDecay = {1.0, 0.95, 0.9};
  const Window window = window_before(words, i);
  bool may_negate = true;
  bool negated = false;
  bool nearer_n_word = false;  // whether the negator nearer the word is an n-word
  for (std::size_t k = 0; k < window.size; ++k) {
    const Word& before = words[window.at[k]];
    // "non esclude una cooperazione"; "did not cut poverty", where the negator is the
    // decreaser's (lowering_word).
    if (before.entry.ends_negation || before.entry.lowers_after) break;
    if (before.has_valence()) {  // VADER: a sentiment word is no modifier
      // "non tollereranno il ricatto": the blackmail stays bad.
      if (lists.negation_ends_at_sentiment_word()) may_negate = false;
      continue;
    }
    valence += booster_change(before, valence, caps_differ) * kDecay[k];
    if (may_negate && lists.negates(before.folded, &before.entry)) {
      // Negative concord: an n-word and the negator beside it are one negation ("non ... mai").
      if (!negated || !(nearer_n_word || before.entry.n_word)) valence *= kNegationScalar;
      negated = true;
      nearer_n_word = before.entry.n_word;
    }
  }
  valence += phrase_booster_change(words, i, lists, valence);
  if (!wide.has_decreaser) return valence;  // most sentences: nothing to look for
  const std::size_t lowering = lowering_word(words, i);
  const bool lowered = lowering != words.size() && !negated_at(words, lowering, lists);
  return lowered ? valence * kNegationScalar : valence;
}

}  // namespace

std::vector<double> word_valences(std::span<const Word> words, const WordLists& lists) {
  std::vector<double> valences;
  word_valences(words, lists, valences);
  return valences;
}

void word_valences(std::span<const Word> words, const WordLists& lists,
                   std::vector<double>& valences) {
  const SentenceWide wide = sentence_wide(words);
  valences.assign(words.size(), 0.0);
  for (std::size_t i = 0; i < words.size(); ++i) {
    // Most words have no valence of their own and end no idiom: they stay 0 without the rules
    // being asked (a booster, negator or contrast word only changes the words after it).
    if (words[i].rules_apply) valences[i] = valence_at(words, i, lists, wide);
  }
  // VADER weighs around the first contrast word only.
  const std::size_t contrast = wide.first_contrast;
  if (contrast == words.size()) return;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i != contrast) valences[i] *= i < contrast ? kBeforeContrast : kAfterContrast;
  }
}

}  // namespace strata::sentiment
