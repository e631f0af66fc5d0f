// A set of words compared without regard to case.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "string_hash.hpp"

namespace strata::tokens {

// Function words of a language (articles, prepositions, pronouns...), used to detect the
// language and to tell a new sentence from a name after an abbreviation. Read-only once built.
class WordList {
 public:
  WordList() = default;
  explicit WordList(const std::vector<std::string>& words);

  void add(std::string_view word);
  void add_all(const WordList& other);
  // Whether the case-folded `word` is in the list.
  bool contains(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  StringSet words_;  // case-folded
};

}  // namespace strata::tokens
