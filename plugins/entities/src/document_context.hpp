// What the tagger knows about a whole document while it tags one sentence of it.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hash_key_map.hpp"

namespace strata::entities {

// How capitalised words are used across a document. Two kinds of evidence that one sentence
// lacks: a capitalised word at a sentence's start may be a name or just a first word, and that
// it appears capitalised inside other sentences, or in lower case, tells which; and a name's
// other contexts ("il team Alinghi", "la barca Alinghi") tell what it names where this one
// context does not. Built from all sentences before any is tagged; read-only afterwards.
class DocumentContext {
 public:
  // Neighbouring words kept per capitalised word and side; more add little.
  static constexpr std::size_t kMaxNeighbours = 6;

  // How a word (by the hash of its normalized form) appears in the document.
  struct WordUse {
    bool capitalised_inside = false;  // capitalised somewhere other than a sentence's start
    bool lower_case = false;          // written in lower case somewhere
    // Hashes of the normalized words just before and after its capitalised occurrences,
    // each once, the first kMaxNeighbours of each side.
    std::array<std::uint64_t, kMaxNeighbours> before{};
    std::array<std::uint64_t, kMaxNeighbours> after{};
    std::uint8_t before_count = 0;
    std::uint8_t after_count = 0;
  };

  void add_sentence(std::span<const std::string_view> tokens);
  // The same with the tokens' word hashes, hash_string(fold_word(token)), worked out already.
  void add_sentence(std::span<const std::string_view> tokens, std::span<const std::uint64_t> words);
  // Forgets every word but keeps the memory, for the next document.
  void clear() {
    capitalised_.clear();
    lower_case_.clear();
  }
  // The word's uses, or nullptr for a word the document never writes with a capital or in
  // lower case.
  const WordUse* use(std::uint64_t word_hash) const;
  bool empty() const { return capitalised_.size() == 0 && lower_case_.size() == 0; }

 private:
  // Most of a document's distinct words are never capitalised, and need no more than a mark
  // that they are written in lower case: a WordUse each (a hundred bytes) made the map of a
  // long document the largest part of the tagger's memory. Capitalised words have their
  // WordUse, its lower_case kept up to date as both maps fill.
  HashKeyMap<WordUse> capitalised_;  // read back through pointers only once all sentences are in
  HashKeyMap<std::uint8_t> lower_case_;  // 1 for each word written in lower case
  std::string buffer_;                   // for fold_word
  std::vector<std::uint64_t> words_;     // a sentence's word hashes, reused
};

}  // namespace strata::entities
