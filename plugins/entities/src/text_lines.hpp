// Walking a text line by line, for readers whose errors say "FILE:LINE".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace strata::entities {

// The lines of a text in order, each without its end ("\n" or "\r\n"), with their numbers.
class TextLines {
 public:
  explicit TextLines(std::string_view text) : text_(text) {}

  // The next line, or nullopt after the last. A text ending in "\n" has no empty last line.
  std::optional<std::string_view> next();
  // The number of the line next() gave last, from 1.
  std::size_t number() const { return number_; }

 private:
  std::string_view text_;
  std::size_t start_ = 0;
  std::size_t number_ = 0;
};

}  // namespace strata::entities
