// What a tagging thread remembers of the words it has met, so that a repeated word is described
// and scored once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer.hpp"
#include "hash_key_map.hpp"
#include "paired_emission.hpp"
#include "token_info.hpp"

namespace strata::entities {

// Each word's description (describe_word), its gazetteer key and both passes' sums over its
// word features (FeatureExtractor::word_features), by the word's exact text. Running text
// repeats most of its words, and these parts, which depend on the text alone, are about half
// of a token's feature rows and all of its character work. Entries are pure functions of the
// word and the tagger, so what the cache holds never changes a result. Bounded: it forgets
// everything once it holds kMaxWords words, and when another tagger uses it.
class WordCache {
 public:
  static constexpr std::size_t kMaxWords = std::size_t{1} << 16;
  static constexpr std::size_t kMaxText = std::size_t{1} << 24;  // bytes of words kept

  // What is kept of a word.
  struct Entry {
    TokenInfo info;  // use, run_first and run_last empty: they depend on the document
    GazetteerToken gazetteer{};
    PairedEmission::Sums sums{};
  };

  // Call before each sentence: forgets every word if `owner` (the tagger) is not the one that
  // filled the cache or the cache is full.
  void prepare(const void* owner);

  // The entry of `token`, made by make(token, entry) (entry default-constructed) when the cache
  // does not hold it yet; valid until the next call.
  template <typename Make>
  const Entry& get(std::string_view token, Make make) {
    const std::uint64_t key = hash_string(token);
    if (const std::uint32_t* index = index_.find(key)) {
      if (word(*index) == token) return entries_[*index];
      // Another word with the same 64-bit hash: described, never kept.
      scratch_ = Entry{};
      make(token, scratch_);
      return scratch_;
    }
    const auto index = static_cast<std::uint32_t>(entries_.size());
    entries_.emplace_back();
    make(token, entries_.back());
    index_[key] = index;
    starts_.push_back(static_cast<std::uint32_t>(text_.size()));
    text_.append(token);
    return entries_.back();
  }

  std::size_t size() const { return entries_.size(); }

 private:
  std::string_view word(std::uint32_t index) const {
    const std::uint32_t end =
        index + 1 < starts_.size() ? starts_[index + 1] : static_cast<std::uint32_t>(text_.size());
    return std::string_view(text_).substr(starts_[index], end - starts_[index]);
  }

  const void* owner_ = nullptr;
  HashKeyMap<std::uint32_t> index_;  // hash_string(word) → index in entries_
  std::vector<Entry> entries_;
  std::string text_;                   // the words, back to back
  std::vector<std::uint32_t> starts_;  // where each entry's word starts in text_
  Entry scratch_;
};

}  // namespace strata::entities
