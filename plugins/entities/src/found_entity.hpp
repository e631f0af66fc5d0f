// An entity one of the plugin's sources found in a document, before it goes into the layer.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "entity_type.hpp"

namespace strata::entities {

// Where an entity comes from; written as the annotation's "source" feature.
enum class Source : std::uint8_t {
  model,      // the statistical tagger
  gazetteer,  // a list of names
  rule,       // the date grammar, the English name rules, document-level consistency
};

inline std::string_view source_name(Source source) {
  constexpr std::array<std::string_view, 3> kNames = {"model", "gazetteer", "rule"};
  return kNames[static_cast<std::size_t>(source)];
}

// The tokens [first, last) of the document (indices in TokenIndex::tokens()), what they are,
// and how sure the source is (0..1). `when` is the ISO 8601 value of a date, "" if none.
struct FoundEntity {
  std::size_t first = 0;
  std::size_t last = 0;
  EntityType type = EntityType::person;
  Source source = Source::model;
  double confidence = 0.0;
  std::string when;
};

}  // namespace strata::entities
