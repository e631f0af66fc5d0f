#include "word_table.hpp"

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>
#include <new>

#include "strata/error.hpp"

namespace strata::sentiment {
namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

// Whether a rule names the word: a booster, negator, contrast word, clitic, determiner, a word
// of a phrase, or one the verb rule reads ("i", "to", "not").
bool named_by_rule(const WordEntry& entry) {
  return entry.is_booster || entry.negator || entry.contrast || entry.skipped_in_window ||
         entry.determiner || entry.ends_negation || entry.reinforces_negation || entry.in_phrase ||
         entry.verb_sense || entry.verb_opener || entry.verb_adverb;
}

}  // namespace

std::uint64_t WordTable::hash(std::string_view word) {
  std::uint64_t h = kHashStart;
  for (std::size_t at = 0; at < word.size(); at += 8) h = hash_chunk(h, chunk(word, at));
  return hash_end(h, word.size());
}

std::string_view WordTable::key_of(const Record& record) const {
  if (record.size <= kInline) return {record.key, record.size};
  std::uint32_t index = 0;
  std::memcpy(&index, record.key, sizeof index);
  return long_keys_[index];
}

void WordTable::Free::operator()(Record* records) const {
  std::free(records);
}

std::size_t WordTable::slot_of(std::string_view word, std::uint64_t h) const {
  const std::size_t mask = capacity_ - 1;
  const std::uint32_t tag = tag_of(h);
  for (std::size_t at = h & mask;; at = (at + 1) & mask) {
    const Record& record = records_[at];
    if (record.tag == 0) return at;
    if (record.tag == tag && record.size == word.size() && holds(record, word)) return at;
  }
}

const WordEntry* WordTable::find(std::string_view word, std::uint64_t h) const {
  if (capacity_ == 0 || word.size() > 255) return nullptr;
  if (!may_hold(h)) return nullptr;
  const Record& record = records_[slot_of(word, h)];
  return record.tag == 0 ? nullptr : &record.entry;
}

void WordTable::place(std::string_view word, std::uint64_t h, const WordEntry& entry) {
  Record& record = records_[slot_of(word, h)];
  record.tag = tag_of(h);
  record.size = static_cast<std::uint8_t>(word.size());
  if (word.size() <= kInline) {
    std::memcpy(record.key, word.data(), word.size());
  } else {
    const auto index = static_cast<std::uint32_t>(long_keys_.size());
    long_keys_.emplace_back(word);
    std::memcpy(record.key, &index, sizeof index);
  }
  record.entry = entry;
  filter_[filter_word(h)] |= filter_bits(h);
}

WordEntry& WordTable::operator[](std::string_view word) {
  if (word.size() > 255) throw Error("word longer than 255 bytes: '" + std::string(word) + "'");
  if (!fits(size_ + 1, capacity_)) grow();
  const std::uint64_t h = hash(word);
  const std::size_t at = slot_of(word, h);
  if (records_[at].tag == 0) {
    place(word, h, WordEntry{});
    ++size_;
  }
  return records_[at].entry;
}

void WordTable::grow() {
  rebuild(capacity_ == 0 ? 1024 : 2 * capacity_);
}

void WordTable::reserve(std::size_t words) {
  std::size_t capacity = capacity_ == 0 ? 1024 : capacity_;
  while (!fits(words, capacity)) capacity *= 2;
  if (capacity != capacity_) rebuild(capacity);
}

void WordTable::settle() {
  if (capacity_ != 0) rebuild(capacity_);
}

void WordTable::rebuild(std::size_t capacity) {
  const std::size_t bytes = capacity * sizeof(Record);
  // Huge-page aligned when a huge page or more, so that the system can back it with them.
  const std::size_t alignment = bytes >= kHugePage ? kHugePage : alignof(Record);
  void* memory = std::aligned_alloc(alignment, (bytes + alignment - 1) / alignment * alignment);
  if (memory == nullptr) throw std::bad_alloc();
  if (bytes >= kHugePage) madvise(memory, bytes, MADV_HUGEPAGE);  // a hint: failing is harmless
  std::unique_ptr<Record[], Free> old(
      std::uninitialized_value_construct_n(static_cast<Record*>(memory), capacity) - capacity);
  old.swap(records_);
  const std::size_t old_capacity = capacity_;
  capacity_ = capacity;
  std::vector<std::string> old_long;
  old_long.swap(long_keys_);
  filter_.assign(capacity_ * 8 / 64, 0);
  // The words that rules name first: they are the function words a text uses most ("non", "ma",
  // "mi", "very", "not"), and placed first they sit where their hash points rather than at the end
  // of a run of other words' records.
  for (const bool common : {true, false}) {
    for (std::size_t i = 0; i < old_capacity; ++i) {
      const Record& record = old[i];
      if (record.tag == 0 || named_by_rule(record.entry) != common) continue;
      std::string_view key(record.key, record.size);
      if (record.size > kInline) {
        std::uint32_t index = 0;
        std::memcpy(&index, record.key, sizeof index);
        key = old_long[index];
      }
      place(key, hash(key), record.entry);
    }
  }
}

}  // namespace strata::sentiment
