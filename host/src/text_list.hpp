// Lists of names written out for messages and tables.
#pragma once

#include <string>
#include <vector>

namespace strata::host {

// "a, b, c" (or with another separator); `if_empty` when there is nothing to list.
template <typename Items>
std::string joined(const Items& items, const std::string& separator = ", ",
                   const std::string& if_empty = "") {
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) text += separator;
    if constexpr (requires { item.string(); }) {
      text += item.string();
    } else {
      text += item;
    }
  }
  return text.empty() ? if_empty : text;
}

}  // namespace strata::host
