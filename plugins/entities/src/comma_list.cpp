#include "comma_list.hpp"

namespace strata::entities {

std::vector<std::string_view> comma_separated(std::string_view list) {
  std::vector<std::string_view> items;
  std::size_t at = 0;
  while (at <= list.size()) {
    std::size_t end = list.find(',', at);
    if (end == std::string_view::npos) end = list.size();
    std::string_view item = list.substr(at, end - at);
    at = end + 1;
    const std::size_t first = item.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    item = item.substr(first, item.find_last_not_of(" \t") - first + 1);
    items.push_back(item);
  }
  return items;
}

}  // namespace strata::entities
