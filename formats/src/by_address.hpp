// Values worked out once per string a layer interned, found again by the string's address.
#pragma once

#include <cstddef>
#include <deque>
#include <string_view>
#include <utility>

namespace strata::formats {

// A layer keeps each distinct string once, so every annotation with the same type, kind or
// feature name gives a view of the same bytes: a writer can make what it writes for that string
// once and find it again by comparing addresses, not text. Valid while the layer lives; a deque
// keeps the values where they are, so references stay good as more are added.
template <typename Value>
class ByAddress {
 public:
  // The value remembered for `key`, or null.
  const Value* find(std::string_view key) const {
    for (const auto& [seen, value] : entries_) {
      if (seen.data() == key.data() && seen.size() == key.size()) return &value;
    }
    return nullptr;
  }
  const Value& add(std::string_view key, Value value) {
    return entries_.emplace_back(key, std::move(value)).second;
  }
  std::size_t size() const { return entries_.size(); }

 private:
  std::deque<std::pair<std::string_view, Value>> entries_;
};

}  // namespace strata::formats
