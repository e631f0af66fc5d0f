#include "booster_phrases.hpp"

namespace strata::sentiment {
namespace {

// Whether the words [first, first + count) are inside the sentence and each at a place that a
// phrase of `count` words has it: false for nearly all runs of words, decided without a string.
bool may_be_phrase(std::span<const Word> words, std::ptrdiff_t first, std::size_t count) {
  if (first < 0 || static_cast<std::size_t>(first) + count > words.size()) return false;
  for (std::size_t at = 0; at < count; ++at) {
    const Word& word = words[static_cast<std::size_t>(first) + at];
    if ((word.entry.phrase_places & WordEntry::place_bit(count, at)) == 0) return false;
  }
  return true;
}

// The words [first, first + count) joined by spaces, or "" unless may_be_phrase.
std::string phrase(std::span<const Word> words, std::ptrdiff_t first, std::size_t count) {
  if (!may_be_phrase(words, first, count)) return {};
  const auto part = words.subspan(static_cast<std::size_t>(first), count);
  std::string joined(part.front().folded);
  for (const Word& word : part.subspan(1)) joined.append(1, ' ').append(word.folded);
  return joined;
}

}  // namespace

bool starts_booster_phrase(std::span<const Word> words, std::size_t i, const WordLists& lists) {
  // Most words are in no phrase: decided before any phrase is looked at.
  if (!lists.has_phrases() || !words[i].entry.in_phrase) return false;
  const auto at = static_cast<std::ptrdiff_t>(i);
  return (may_be_phrase(words, at, 2) && lists.phrase_booster(phrase(words, at, 2))) ||
         (may_be_phrase(words, at, 3) && lists.phrase_booster(phrase(words, at, 3)));
}

double phrase_booster_change(std::span<const Word> words, std::size_t i, const WordLists& lists,
                             double valence) {
  // All three phrases hold the word two before i: most words have none there that is in a phrase.
  if (!lists.has_phrases() || i < 2 || !words[i - 2].entry.in_phrase) return 0.0;
  const auto at = static_cast<std::ptrdiff_t>(i);
  // VADER's "threetwoone", "threetwo" and "twoone": phrases ending right before i or one before.
  for (const auto& [first, count] : {std::pair{at - 3, 3}, {at - 3, 2}, {at - 2, 2}}) {
    if (!may_be_phrase(words, first, static_cast<std::size_t>(count))) continue;
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
    if (!may_be_phrase(words, first, static_cast<std::size_t>(count))) continue;
    if (const auto value = lists.idiom(phrase(words, first, static_cast<std::size_t>(count)))) {
      return value;
    }
  }
  for (const auto& [first, count] : {std::pair{at, 2}, {at, 3}, {at - 1, 3}}) {
    if (!may_be_phrase(words, first, static_cast<std::size_t>(count))) continue;
    if (lists.idiom(phrase(words, first, static_cast<std::size_t>(count)))) return 0.0F;
  }
  return std::nullopt;
}

}  // namespace strata::sentiment
