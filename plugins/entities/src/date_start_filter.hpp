// A test that rejects most words before they are folded and looked up in the date lexicon.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace strata::entities {

// The first two letters, the third byte after two letters and the least length of the words
// that can start a date. Most tokens of a text ("the", "di", "della") fail it on those alone,
// which costs less than folding them and looking them up.
//
// Exact for the forms added: may_match() is true for every word that folds to one of them (in
// any case, with a final dot). It is false for every word whose first byte is not an ASCII
// letter: no form starts with anything else, and the folding of a few non-ASCII characters to
// ASCII letters (the long s, the Kelvin sign) is not worth a lookup.
class DateStartFilter {
 public:
  // `form` is folded and starts with a-z; throws strata::Error otherwise, or if it is shorter
  // than two bytes.
  void add(std::string_view form);
  bool may_match(std::string_view word) const;

 private:
  // Bit c of second_bytes_[first - 'a'] for each ASCII second byte c.
  using ByteSet = std::array<std::uint64_t, 2>;
  struct Letter {
    ByteSet second_bytes{};
    std::uint8_t shortest = 0;  // the length in bytes of the shortest form; 0 for none
  };
  std::array<Letter, 26> by_first_letter_{};
  // Bit c of third_bytes_[first - 'a'][second - 'a'] for each ASCII third byte c of a form that
  // starts with those two letters, and '.' for a form of those two letters alone ("da.").
  std::array<std::array<ByteSet, 26>, 26> third_bytes_{};
};

}  // namespace strata::entities
