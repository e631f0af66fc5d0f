#include "word_list.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <functional>

#include "strata/case_folding.hpp"

namespace strata::tokens {
namespace {

// Case-folded, with the typographic apostrophe written as ASCII "'" ("L’" matches "l'").
std::string normalized(std::string_view word) {
  std::string buffer;
  return std::string(fold_word(word, buffer));
}

}  // namespace

WordList::WordList(const std::vector<std::string>& words) {
  for (const std::string& word : words) add(word);
}

void WordList::add(std::string_view word, Tags tags) {
  add_folded(normalized(word), tags);
}

void WordList::add_all(const WordList& other) {
  for (const Entry& entry : other.words_) add_folded(entry.word, entry.tags);
}

void WordList::add_all(const WordList& other, Tags tags) {
  for (const Entry& entry : other.words_) add_folded(entry.word, tags);
}

WordList::Tags WordList::tags(std::string_view word) const {
  // Short ASCII words, the usual case, are folded on the stack; the general path allocates.
  std::array<char, 24> folded;
  if (word.size() > folded.size()) return tags_of_folded(normalized(word));
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (static_cast<unsigned char>(c) >= 0x80) return tags_of_folded(normalized(word));
    folded[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return tags_of_folded(std::string_view(folded.data(), word.size()));
}

std::size_t WordList::slot_of(std::string_view folded) const {
  const std::size_t mask = slots_.size() - 1;
  const std::size_t hash = std::hash<std::string_view>{}(folded);
  std::size_t slot = hash & mask;
  // The table is never more than half full, so an empty slot ends every search.
  while (slots_[slot] != 0 && words_[slots_[slot] - 1].word != folded) slot = (slot + 1) & mask;
  return slot;
}

std::size_t WordList::filter_bit(std::string_view folded) {
  if (folded.empty()) return 0;
  const auto first = static_cast<unsigned char>(folded.front());
  const auto last = static_cast<unsigned char>(folded.back());
  const std::uint32_t mixed = static_cast<std::uint32_t>(folded.size()) * 0x9E3779B1u ^
                              first * 0x85EBCA77u ^ last * 0xC2B2AE3Du;
  return (mixed >> 20) % kFilterBits;
}

WordList::Tags WordList::tags_of_folded(std::string_view folded) const {
  if (!may_have_[filter_bit(folded)]) return 0;
  const std::uint32_t index = slots_[slot_of(folded)];
  return index == 0 ? 0 : words_[index - 1].tags;
}

void WordList::add_folded(std::string folded, Tags tags) {
  if (!slots_.empty()) {
    if (const std::uint32_t index = slots_[slot_of(folded)]; index != 0) {
      words_[index - 1].tags |= tags;
      return;
    }
  }
  may_have_.set(filter_bit(folded));
  words_.push_back({std::move(folded), tags});
  if (2 * words_.size() > slots_.size()) {
    slots_.assign(std::bit_ceil(std::max<std::size_t>(16, 4 * words_.size())), 0);
    for (std::size_t i = 0; i < words_.size(); ++i) {
      slots_[slot_of(words_[i].word)] = static_cast<std::uint32_t>(i + 1);
    }
  } else {
    slots_[slot_of(words_.back().word)] = static_cast<std::uint32_t>(words_.size());
  }
}

}  // namespace strata::tokens
