// A hash for unordered containers keyed by std::string that are searched with a string_view.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace strata::formats {

// With std::equal_to<>, lets find() take a view, with no string made for it.
struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace strata::formats
