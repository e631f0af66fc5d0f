// From word valences to VADER's scores: the compound and the pos/neu/neg proportions.
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <string_view>

namespace strata::sentiment {

// VADER's four scores of a text.
struct Polarity {
  double compound = 0.0;  // the normalized sum of valences, -1..1
  double pos = 0.0;       // the shares of positive, neutral and negative words, summing to 1
  double neu = 1.0;
  double neg = 0.0;
};

// The sums VADER's scores are made of, gathered a word's valence at a time: of one text, or of
// several together (a document and its sentence) in one pass over their words.
struct ValenceSums {
  double sum = 0.0;
  double positive = 0.0;  // each positive valence plus 1
  double negative = 0.0;  // each negative valence minus 1
  double neutral = 0.0;   // a count of the words without valence
  std::size_t words = 0;

  // Without branches: whether a word has a valence, and of which sign, is as good as random to
  // the processor's predictor. Adding 0.0 leaves a sum as it was.
  void add(double valence) {
    sum += valence;
    // +1 and -1 stand for the punctuation VADER's words carry, which counts as neutral.
    // (A conditional expression compiles to a branch; max, min and a comparison's 0 or 1 do not.)
    positive += std::max(valence, 0.0) + static_cast<double>(valence > 0);
    negative += std::min(valence, 0.0) - static_cast<double>(valence < 0);
    neutral += static_cast<double>(valence == 0);
    ++words;
  }
};

// What "!" (0.292 each, at most 4) and "?" (0.18 each from two, 0.96 from four) add to the
// magnitude of a text's sum of valences.
double punctuation_emphasis(std::string_view text);
// The same for a text with that many '!' and '?'.
double emphasis_of(std::size_t exclamations, std::size_t questions);

// VADER's scores of a text whose words have `valences` and whose punctuation adds `emphasis`.
// A text without words is neutral. The sum of valences is divided by `passages` before it is
// normalized: a long text then scores as its average passage does rather than nearing -1 or 1.
Polarity polarity_of(std::span<const double> valences, double emphasis, double passages = 1.0);
// The same from the sums of the valences.
Polarity polarity_from(const ValenceSums& sums, double emphasis, double passages = 1.0);

// s / sqrt(s^2 + 15): VADER's map of a sum of valences onto -1..1.
double normalize(double sum);

// `value` to `places` decimals (0 to 4), half away from zero: std::round's result, without its
// call, which x86-64's baseline instructions cannot inline (four scores a sentence are rounded).
double round_to(double value, int places);

}  // namespace strata::sentiment
