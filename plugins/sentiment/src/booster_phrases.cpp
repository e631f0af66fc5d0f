#include "booster_phrases.hpp"

namespace strata::sentiment {
namespace {

// The words [first, first + count) joined by spaces, or "" if they leave the sentence or one of
// them is in no phrase at all (the common case, decided without building a string).
std::string phrase(std::span<const Word> words, std::ptrdiff_t first, std::size_t count) {
  if (first < 0 || static_cast<std::size_t>(first) + count > words.size()) return {};
  const auto part = words.subspan(static_cast<std::size_t>(first), count);
  for (const Word& word : part) {
    if (!word.entry.in_phrase) return {};
  }
  std::string joined(part.front().folded);
  for (const Word& word : part.subspan(1)) joined.append(1, ' ').append(word.folded);
  return joined;
}

}  // namespace

bool starts_booster_phrase(std::span<const Word> words, std::size_t i, const WordLists& lists) {
  // Most words are in no phrase: decided before any phrase is looked at.
  if (!lists.has_phrases() || !words[i].entry.in_phrase) return false;
  const auto at = static_cast<std::ptrdiff_t>(i);
  return lists.phrase_booster(phrase(words, at, 2)) || lists.phrase_booster(phrase(words, at, 3));
}

double phrase_booster_change(std::span<const Word> words, std::size_t i, const WordLists& lists,
                             double valence) {
  // All three phrases hold the word two before i: most words have none there that is in a phrase.
  if (!lists.has_phrases() || i < 2 || !words[i - 2].entry.in_phrase) return 0.0;
  const auto at = static_cast<std::ptrdiff_t>(i);
  // VADER's "threetwoone", "threetwo" and "twoone": phrases ending right before i or one before.
  for (const auto& [first, count] : {std::pair{at - 3, 3}, {at - 3, 2}, {at - 2, 2}}) {
    if (const std::optional<float> change =
            lists.phrase_booster(phrase(words, first, static_cast<std::size_t>(count)))) {
      return valence < 0 ? -*change : *change;
    }
  }
  return 0.0;
}

std::optional<float> idiom_valence(std::span<const Word> words, std::size_t i,
                                   const WordLists& lists) {
  if (!lists.has_phrases() || !words[i].entry.in_phrase) {
    return std::nullopt;
  }
  const auto at = static_cast<std::ptrdiff_t>(i);
  for (const auto& [first, count] : {std::pair{at - 1, 2}, {at - 2, 3}}) {
    if (const auto value = lists.idiom(phrase(words, first, static_cast<std::size_t>(count)))) {
      return value;
    }
  }
  for (const auto& [first, count] : {std::pair{at, 2}, {at, 3}, {at - 1, 3}}) {
    if (lists.idiom(phrase(words, first, static_cast<std::size_t>(count)))) return 0.0F;
  }
  return std::nullopt;
}

}  // namespace strata::sentiment
