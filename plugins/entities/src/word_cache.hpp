// What a tagging thread remembers of the words it has met, so that a repeated word is described
// and scored once.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "features.hpp"
#include "gazetteer.hpp"
#include "huge_page_allocator.hpp"
#include "paired_emission.hpp"
#include "token_info.hpp"
#include "word_index.hpp"

namespace strata::entities {

// Each word's description (describe_word) and both passes' sums over the features it gives the
// positions around it (FeatureExtractor::token_features, one sum per offset), by the word's
// exact text. Running text repeats most of its words, and these features, which depend on the
// word's text alone, are more than half of a position's feature rows, and the description all
// of its character work. Entries are pure functions of the word and the tagger, so what the
// cache holds never changes a result. Bounded: it forgets everything, between documents, once
// it holds kMaxWords words, and when another tagger uses it.
class WordCache {
 public:
  // The 24 MB bench corpus has 52,000 distinct words; with half as many kept, one token in ten
  // missed.
  static constexpr std::size_t kMaxWords = std::size_t{1} << 16;
  static constexpr std::size_t kMaxText = std::size_t{1} << 24;  // bytes of words kept
  static constexpr std::size_t kOffsets =
      FeatureExtractor::kLastOffset - FeatureExtractor::kFirstOffset + 1;

  // What is kept of a word.
  struct Entry {
    WordDescription word;
    // sums[offset - kFirstOffset]: of the features the word gives position i when it stands
    // at i + offset.
    std::array<PairedEmission::Sums, kOffsets> sums{};
  };

  // Call before each document: forgets every word if `owner` (PairedEmission::id() of the
  // tagger) is not the one that filled the cache or the cache is full. Within a document the
  // cache keeps every word, however many.
  void prepare(std::uint64_t owner);
  // Whether prepare() kept the words (and boundaries) of before.
  bool empty() const { return entries_.empty(); }

  // The key of a word, for prefetch() and get().
  static std::uint64_t key(std::string_view token) { return WordIndex::key(token); }
  // Asks the memory early for where get() will look for the key.
  void prefetch(std::uint64_t key) const { words_.prefetch(key); }
  // Asks the memory early for an entry that get() returned.
  void prefetch_entry(std::uint32_t index) const {
    const auto* bytes = reinterpret_cast<const char*>(&entries_[index]);
    for (std::size_t at = 0; at < sizeof(Entry); at += 64) __builtin_prefetch(bytes + at);
  }
  // After prefetch(key): asks early for the word get() will compare and its entry, if held.
  void prefetch_word(std::uint64_t key) const {
    if (const std::uint32_t* found = words_.prefetch_word(key)) prefetch_entry(*found);
  }

  // The index of the entry of `token` (whose key() is `key`), made by make(token, entry)
  // (entry default-constructed) when the cache does not hold it yet; valid until the next
  // prepare().
  template <typename Make>
  std::uint32_t get(std::string_view token, std::uint64_t key, Make make) {
    return words_.get(token, key, [&](std::string_view word) {
      entries_.emplace_back();
      make(word, entries_.back());
    });
  }
  const Entry& entry(std::uint32_t index) const { return entries_[index]; }
  std::size_t size() const { return entries_.size(); }

  // Entries for what lies beyond a sentence's ends, made by whoever first needs them after
  // prepare() forgot them (empty()).
  Entry before;
  Entry after;
  std::vector<std::uint32_t> buckets;  // one word's features, for whoever makes entries
  std::vector<std::uint64_t> keys;     // a sentence's keys, for find_words

 private:
  std::uint64_t owner_ = 0;
  WordIndex words_;  // entries_[k] is the entry of word k
  HugePageVector<Entry> entries_;
};

// A tagger's cache made ready for a document (see WordCache::prepare), with the entries of
// what lies beyond a sentence's ends.
void prepare_cache(WordCache& cache, const FeatureExtractor& extractor,
                   const PairedEmission& emission);
// The entries of a sentence's tokens, indices[i] for tokens[i], made where missing; `buffer` is
// describe_word's.
void find_words(std::span<const std::string_view> tokens, const FeatureExtractor& extractor,
                const PairedEmission& emission, WordCache& cache, std::string& buffer,
                std::span<std::uint32_t> indices);
// The first pass's view of a sentence whose entries find_words found: its description into
// `described` (as describe_tokens would leave it), each position's sums over the token
// features around it into `token_sums` and all its other features into `context`.
// emission.score_first(context, ..., token_sums) then scores exactly as it scores
// extractor.extract()'s features alone.
void describe_cached(std::span<const std::string_view> tokens,
                     std::span<const std::uint32_t> indices, const DocumentContext& document,
                     const FeatureExtractor& extractor, const WordCache& cache,
                     TokenWorkspace& described, std::vector<PairedEmission::Sums>& token_sums,
                     SentenceFeatures& context);

}  // namespace strata::entities
