#include "word_list.hpp"

#include <algorithm>
#include <bit>
#include <limits>

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
  for (std::size_t i = 0; i < other.words_.size(); ++i) {
    add_folded(other.words_[i], other.entries_[i].tags);
  }
}

void WordList::add_all(const WordList& other, Tags tags) {
  for (const std::string& word : other.words_) add_folded(word, tags);
}

WordList::Tags WordList::tags(std::string_view word) const {
  // Short ASCII words, the usual case, are folded in their key; the general path allocates.
  if (word.size() <= ShortKey::kMaxSize) {
    if (const ShortKey key = ShortKey::of(word); key.is_ascii()) {
      return tags_of_folded(key.ascii_lowered(), {});  // a short key is the whole word
    }
  }
  const std::string folded = normalized(word);
  return tags_of_folded(ShortKey::of(folded), folded);
}

std::size_t WordList::slot_of(const ShortKey& key, std::string_view folded) const {
  const std::size_t mask = slots_.size() - 1;
  const auto is_there = [&](std::uint32_t index) {
    return entries_[index].key == key &&
           (key.size <= ShortKey::kMaxSize || words_[index] == folded);
  };
  std::size_t slot = key.hash() & mask;
  // The table is never more than half full, so an empty slot ends every search.
  while (slots_[slot] != 0 && !is_there(slots_[slot] - 1)) slot = (slot + 1) & mask;
  return slot;
}

std::size_t WordList::filter_bit(const ShortKey& key) {
  return key.hash() >> (std::numeric_limits<std::size_t>::digits - kFilterBitsLog2);
}

WordList::Tags WordList::tags_of_folded(const ShortKey& key, std::string_view folded) const {
  if (!may_have_[filter_bit(key)]) return 0;
  const std::uint32_t index = slots_[slot_of(key, folded)];
  return index == 0 ? 0 : entries_[index - 1].tags;
}

void WordList::add_folded(std::string folded, Tags tags) {
  const ShortKey key = ShortKey::of(folded);
  if (!slots_.empty()) {
    if (const std::uint32_t index = slots_[slot_of(key, folded)]; index != 0) {
      entries_[index - 1].tags |= tags;
      return;
    }
  }
  may_have_.set(filter_bit(key));
  entries_.push_back({key, tags});
  words_.push_back(std::move(folded));
  if (2 * entries_.size() > slots_.size()) {
    slots_.assign(std::bit_ceil(std::max<std::size_t>(16, 4 * entries_.size())), 0);
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      slots_[slot_of(entries_[i].key, words_[i])] = static_cast<std::uint32_t>(i + 1);
    }
  } else {
    slots_[slot_of(key, words_.back())] = static_cast<std::uint32_t>(entries_.size());
  }
}

}  // namespace strata::tokens
