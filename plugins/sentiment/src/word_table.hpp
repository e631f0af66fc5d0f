// A compact hash table from words to their entries, for lookups on every word of a text.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "word_entry.hpp"

namespace strata::sentiment {

// Words and their entries with open addressing in one flat array of 32-byte records, each with
// part of the word's hash, the word itself (when short, as nearly all are) and its entry: a
// lookup that finds its word reads one cache line, where a table of indices into arrays of keys
// and entries reads three from a table too big for the processor's cache. The table is at most
// half full, so a word is rarely far from where its hash points. Most words of a text are not in
// it; most of those lookups end sooner, at two bits of a filter an eighth of the table's size.
class WordTable {
 public:
  // The hash of a word, taken 8 bytes at a time (the last chunk filled with zeros): a word
  // of up to 8 bytes, nearly every word of a text, is one step and the end, not a loop over its
  // bytes. In steps, so that a caller folding a word chunk by chunk can hash it as it goes.
  static constexpr std::uint64_t kHashStart = 14695981039346656037ULL;
  static std::uint64_t hash_chunk(std::uint64_t h, std::uint64_t chunk) {
    h = (h ^ chunk) * 0x9E3779B97F4A7C15ULL;
    // A bit of a product depends only on the bits at or below it of what was multiplied: folding
    // the high half down lets a chunk's last bytes reach the low bits that pick a record.
    return h ^ (h >> 32);
  }
  static std::uint64_t hash_end(std::uint64_t h, std::size_t size) {
    h = (h ^ size) * 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 29);
  }
  static std::uint64_t hash(std::string_view word);
  // Bytes [at, at + 8) of `word` as a little-endian number, zeros past its end; `at` < size.
  // Inline: folding calls it for every word of a text.
  static std::uint64_t chunk(std::string_view word, std::size_t at) {
    static_assert(std::endian::native == std::endian::little, "the first byte must be the lowest");
    const char* p = word.data() + at;
    const std::size_t n = std::min<std::size_t>(word.size() - at, 8);
    // Without reading past the word: two 4-byte loads that overlap for 4 to 8 bytes, the first,
    // middle and last byte for 1 to 3.
    if (n >= 4) return load32(p) | std::uint64_t{load32(p + n - 4)} << (8 * (n - 4));
    const auto byte = [&](std::size_t i) {
      return std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    };
    return byte(0) | byte(n / 2) | byte(n - 1);
  }

  // The entry of `word`, added empty if absent. References stay valid until the next call.
  WordEntry& operator[](std::string_view word);
  const WordEntry* find(std::string_view word) const { return find(word, hash(word)); }
  // The same for a word whose hash() the caller has.
  const WordEntry* find(std::string_view word, std::uint64_t h) const;
  // Looking up many words, in three passes so that their lookups wait for memory together
  // rather than one after another, and only the words that may be in the table wait for it:
  // prefetch_filter(h) for each word; then may_hold(h) for each, prefetch_record(h) for those it
  // may hold; then find. Most words of a text are not in the table, and with the filter and
  // the records asked for together most of the memory fetched was records never read.
  void prefetch_filter(std::uint64_t h) const {
    if (capacity_ != 0) __builtin_prefetch(&filter_[filter_word(h)]);
  }
  bool may_hold(std::uint64_t h) const {
    return capacity_ != 0 && (filter_[filter_word(h)] & filter_bits(h)) == filter_bits(h);
  }
  // Only for a hash that may_hold.
  void prefetch_record(std::uint64_t h) const {
    __builtin_prefetch(&records_[h & (capacity_ - 1)]);
  }
  std::size_t size() const { return size_; }
  // Places every word again, the words that rules name first, as growing does; for once all
  // words are in. Entries and the references to them move.
  void settle();
  // Makes room for `words` words in all without growing (which places every word again).
  void reserve(std::size_t words);

 private:
  // Longer words are kept in long_keys_, their index in the record's key bytes.
  static constexpr std::size_t kInline = 15;
  struct Record {
    std::uint32_t tag = 0;  // the hash's high 32 bits with the lowest set; 0 for an empty record
    std::uint8_t size = 0;  // the word's length, up to 255 (longer words are not kept)
    char key[kInline] = {};
    WordEntry entry;
  };
  static_assert(sizeof(Record) == 32, "a record is half a cache line");

  static std::uint32_t load32(const char* bytes) {
    std::uint32_t value;
    std::memcpy(&value, bytes, sizeof value);
    return value;
  }
  static std::uint32_t tag_of(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32) | 1U; }
  // Whether `words` words keep a table of `capacity` records at most half full: with linear
  // probing, a word absent from a three-quarters-full table is found absent some 6 records on,
  // and the common words of a text were 3 to 4 cache lines away.
  static bool fits(std::size_t words, std::size_t capacity) { return 2 * words <= capacity; }
  std::string_view key_of(const Record& record) const;
  // Whether `record` holds `word`, whose size it has. Inline, chunk by chunk rather than through
  // memcmp: a short word is one or two compares, where the calls cost as much as the rest of a
  // lookup that finds its record.
  bool holds(const Record& record, std::string_view word) const {
    if (record.size > kInline) return key_of(record) == word;
    const std::string_view key(record.key, record.size);
    for (std::size_t at = 0; at < word.size(); at += 8) {
      if (chunk(key, at) != chunk(word, at)) return false;
    }
    return true;
  }
  // The record where `word` is or would go.
  std::size_t slot_of(std::string_view word, std::uint64_t h) const;
  void place(std::string_view word, std::uint64_t h, const WordEntry& entry);
  void grow();
  // Places every word again in a table of `capacity` records.
  void rebuild(std::size_t capacity);
  // The filter's word and two bits in it for hash `h`, from bits of the hash that pick neither
  // the record nor each other.
  std::size_t filter_word(std::uint64_t h) const { return ((h >> 32) / 64) & (filter_.size() - 1); }
  static std::uint64_t filter_bits(std::uint64_t h) {
    return std::uint64_t{1} << ((h >> 32) % 64) | std::uint64_t{1} << ((h >> 26) % 64);
  }

  // Records in memory of their own, on huge pages where the system gives them: lookups land all
  // over the table, and with small pages most would also miss the processor's page-table cache.
  struct Free {
    void operator()(Record* records) const;
  };
  std::unique_ptr<Record[], Free> records_;
  std::size_t capacity_ = 0;  // records, a power of 2
  std::vector<std::string> long_keys_;
  std::size_t size_ = 0;
  // Eight bits per record, two of them set for each word in the table (a blocked Bloom filter),
  // so a word with either bit clear is absent. Of the Italian words of the bench corpus that the
  // table lacks, 0.75% get past it; 18% got past one bit of four, in the table three quarters
  // full that it was.
  std::vector<std::uint64_t> filter_;
};

}  // namespace strata::sentiment
