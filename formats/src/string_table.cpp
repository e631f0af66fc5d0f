#include "string_table.hpp"

namespace strata::formats {

std::uint32_t StringTable::add(std::string_view text) {
  if (const auto found = numbers_.find(text); found != numbers_.end()) return found->second;
  const auto number = static_cast<std::uint32_t>(views_.size());
  views_.push_back(strings_.emplace_back(text));
  numbers_.emplace(views_.back(), number);
  return number;
}

}  // namespace strata::formats
