// The literal prefilter: every occurrence of any reporter string in one pass over the text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace strata::legal::us {

// An Aho–Corasick automaton over keys written without whitespace, run over the text skipping
// whitespace, so "N.Y.S.2d" also finds "N. Y. S. 2d" and "1 U.\nS. 1". Only the templates whose
// reporter occurs are tried, whatever the number of reporters. Immutable once built: scan() is
// safe from many threads.
class LiteralMatcher {
 public:
  // An occurrence of key `key`: bytes [begin, end) of the text, whitespace inside included.
  struct Hit {
    std::size_t key;
    std::size_t begin;
    std::size_t end;
  };

  // Adds a key (its whitespace is dropped) and returns its number; then build() before scan().
  std::size_t add(std::string_view key);
  void build();
  std::vector<Hit> scan(std::string_view text) const;
  std::size_t size() const { return keys_.size(); }

 private:
  std::vector<std::string> keys_;
  std::uint8_t class_of_[256] = {};  // byte -> column; 0 for bytes no key contains
  std::size_t classes_ = 1;
  std::vector<std::int32_t> next_;     // state * classes_ + column -> state (a full DFA)
  std::vector<std::int32_t> output_;   // state -> key ending here, or -1
  std::vector<std::int32_t> further_;  // state -> next state on the suffix chain with an output
  std::size_t longest_ = 1;
};

}  // namespace strata::legal::us
