#include "word_cache.hpp"

#include <algorithm>
#include <cstring>

#include "strata/case_folding.hpp"

namespace strata::sentiment {
namespace {

std::uint32_t hash_of(std::string_view text) {
  std::uint32_t h = 2166136261U;  // FNV-1a, quick on short words
  for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 16777619U;
  return h ^ (h >> 15);
}

}  // namespace

WordCache::WordCache(const WordLists& lists)
    : lists_(&lists), version_(lists.version()), slots_(kSlots) {}

WordCache::Entry WordCache::lookup(std::string_view text) {
  if (text.size() > kLongest || text.empty()) {
    const std::string_view folded = fold_word(text, buffer_);
    return {folded, lists_->find(folded)};
  }
  const std::uint32_t h = hash_of(text);
  Slot& slot = slots_[h & (kSlots - 1)];
  if (slot.hash != h || slot.text_size != text.size() ||
      std::memcmp(slot.text.data(), text.data(), text.size()) != 0) {
    const std::string_view folded = fold_word(text, buffer_);
    const WordEntry* entry = lists_->find(folded);
    if (folded.size() > kLongest) return {folded, entry};
    slot.hash = h;
    slot.text_size = static_cast<std::uint8_t>(text.size());
    slot.folded_size = static_cast<std::uint8_t>(folded.size());
    std::copy(text.begin(), text.end(), slot.text.begin());
    std::copy(folded.begin(), folded.end(), slot.folded.begin());
    slot.known = entry != nullptr;
    slot.entry = slot.known ? *entry : WordEntry{};
  }
  return {std::string_view(slot.folded.data(), slot.folded_size),
          slot.known ? &slot.entry : nullptr};
}

WordCache& WordCache::for_lists(const WordLists& lists) {
  // Documents of two languages may alternate: one cache each, the older replaced for a third.
  thread_local std::vector<WordCache> caches;
  for (WordCache& cache : caches) {
    if (cache.lists_ == &lists && cache.version_ == lists.version()) return cache;
  }
  if (caches.size() < 2) return caches.emplace_back(lists);
  caches.front() = std::move(caches.back());
  caches.back() = WordCache(lists);
  return caches.back();
}

}  // namespace strata::sentiment
