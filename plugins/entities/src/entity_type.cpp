#include "entity_type.hpp"

#include <array>
#include <string>
#include <vector>

#include "strata/error.hpp"
#include "strata/option_values.hpp"

namespace strata::entities {
namespace {

// In EntityType's order.
constexpr std::array<std::string_view, 4> kLabels = {"PER", "LOC", "ORG", "DATE"};

}  // namespace

std::string_view label(EntityType type) {
  return kLabels[static_cast<std::size_t>(type)];
}

std::optional<EntityType> entity_type(std::string_view label) {
  for (std::size_t i = 0; i < kLabels.size(); ++i) {
    if (kLabels[i] == label) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

TypeSet TypeSet::parse(std::string_view list) {
  const std::vector<std::string_view> items = comma_separated(list);
  if (items.empty()) throw Error("no entity type given (the types are PER, LOC, ORG and DATE)");
  TypeSet set;
  for (const std::string_view item : items) {
    const std::optional<EntityType> type = entity_type(item);
    if (!type) {
      throw Error("unknown entity type '" + std::string(item) +
                  "' (the types are PER, LOC, ORG and DATE, comma-separated)");
    }
    set.add(*type);
  }
  return set;
}

}  // namespace strata::entities
