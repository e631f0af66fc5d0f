// The types of the annotations in the entities layer, and sets of them.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace strata::entities {

enum class EntityType : std::uint8_t { person, location, organisation, date };

// "PER", "LOC", "ORG", "DATE": the labels the layer writes and the tagger's tag sets use.
std::string_view label(EntityType type);
// The type of a label, or nullopt for any other text.
std::optional<EntityType> entity_type(std::string_view label);

// Some entity types, e.g. those a user keeps.
class TypeSet {
 public:
  // Parses a comma-separated list of labels ("PER,LOC", see comma_separated).
  // Throws Error for an empty list or a label that is not a type, naming it.
  static TypeSet parse(std::string_view list);

  void add(EntityType type) { bits_ |= bit(type); }
  bool contains(EntityType type) const { return (bits_ & bit(type)) != 0; }

 private:
  static std::uint8_t bit(EntityType type) {
    return static_cast<std::uint8_t>(1u << static_cast<unsigned>(type));
  }
  std::uint8_t bits_ = 0;
};

}  // namespace strata::entities
