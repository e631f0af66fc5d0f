#include "word_table.hpp"

namespace strata::sentiment {
namespace {

constexpr std::uint64_t kLow = 0xffffffffU;

}  // namespace

std::uint64_t WordTable::hash(std::string_view word) {
  // FNV-1a: words are short, and this is quicker on them than the standard library's hash.
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h ^ (h >> 29);
}

std::size_t WordTable::slot_of(std::string_view word, std::uint64_t h) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = h & mask;; at = (at + 1) & mask) {
    const std::uint64_t slot = slots_[at];
    if (slot == 0) return at;
    if ((slot >> 32) == (h >> 32) && keys_[(slot & kLow) - 1] == word) return at;
  }
}

const WordEntry* WordTable::find(std::string_view word) const {
  if (slots_.empty()) return nullptr;
  const std::uint64_t h = hash(word);
  if ((filter_[filter_word(h)] & filter_bit(h)) == 0) return nullptr;
  const std::uint64_t slot = slots_[slot_of(word, h)];
  return slot == 0 ? nullptr : &entries_[(slot & kLow) - 1];
}

WordEntry& WordTable::operator[](std::string_view word) {
  if (2 * (keys_.size() + 1) > slots_.size()) grow();
  const std::uint64_t h = hash(word);
  std::uint64_t& slot = slots_[slot_of(word, h)];
  if (slot == 0) {
    keys_.emplace_back(word);
    entries_.emplace_back();
    slot = ((h >> 32) << 32) | keys_.size();
    filter_[filter_word(h)] |= filter_bit(h);
  }
  return entries_[(slot & kLow) - 1];
}

void WordTable::grow() {
  slots_.assign(slots_.empty() ? 1024 : 2 * slots_.size(), 0);
  filter_.assign(slots_.size() * 4 / 64, 0);
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    const std::uint64_t h = hash(keys_[i]);
    slots_[slot_of(keys_[i], h)] = ((h >> 32) << 32) | (i + 1);
    filter_[filter_word(h)] |= filter_bit(h);
  }
}

}  // namespace strata::sentiment
