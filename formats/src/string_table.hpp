// Strings kept once each and named by their number.
#pragma once

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace strata::formats {

// The strings a reader or writer meets again and again (a layer's types and feature names, a
// token's kind or lemma), each kept once and named by its number: a file repeats a few of them
// millions of times, and a string in every record made a large file's records several times the
// file.
class StringTable {
 public:
  StringTable() = default;
  // The first strings, numbered from 0 in this order.
  StringTable(std::initializer_list<std::string_view> first) {
    for (const std::string_view text : first) add(text);
  }
  // Moved, never copied: the views would still point into the original.
  StringTable(StringTable&&) = default;
  StringTable& operator=(StringTable&&) = default;
  StringTable(const StringTable&) = delete;
  StringTable& operator=(const StringTable&) = delete;

  // The number of `text`, added if new.
  std::uint32_t add(std::string_view text);
  std::string_view operator[](std::uint32_t number) const { return views_[number]; }

 private:
  std::deque<std::string> strings_;  // a deque keeps each string where it is, for the views
  std::vector<std::string_view> views_;
  std::unordered_map<std::string_view, std::uint32_t> numbers_;
};

}  // namespace strata::formats
