// A small, read-mostly set of word forms, numbered in the order they were added.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace strata::entities {

// The folded forms of the date lexicon, each with an index the lexicon keeps its entry under.
// Looked up for many tokens of every sentence, so it is a flat open-addressing table kept at most
// a quarter full: a miss costs one hash of a short word and, nearly always, one empty slot,
// where std::unordered_map costs a division and a pointer chase.
class DateFormTable {
 public:
  static constexpr std::size_t kMissing = static_cast<std::size_t>(-1);

  // The index of `form`: the next free one (0, 1, 2 ...) if it is new.
  std::size_t insert(std::string_view form);
  // The index of `form`, or kMissing.
  std::size_t find(std::string_view form) const;
  std::size_t size() const { return forms_.size(); }

 private:
  // The slot that holds `form`, or the empty slot where it would go.
  std::size_t slot_of(std::string_view form) const;
  void grow();

  std::vector<std::string> forms_;    // by index
  std::vector<std::uint32_t> slots_;  // a form's index + 1, or 0 for an empty slot
};

}  // namespace strata::entities
