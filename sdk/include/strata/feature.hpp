// The typed values an annotation can carry as features.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace strata {

// Position of a byte in a document's primary text; documents are limited to 4 GiB.
using Offset = std::uint32_t;

// Identifies an annotation within its layer. Ids are given in order of creation and never change.
using AnnotationId = std::uint32_t;

// A feature that points at an annotation in some layer, e.g. a quotation's speaker entity.
struct AnnotationRef {
  std::string layer;
  AnnotationId id = 0;
  friend bool operator==(const AnnotationRef&, const AnnotationRef&) = default;
};

// The value of one feature: string, integer, real, boolean or a reference.
using FeatureValue = std::variant<std::string, std::int64_t, double, bool, AnnotationRef>;

// One named feature of an annotation, as read back from a layer.
struct Feature {
  std::string_view name;
  FeatureValue value;
};

// One feature as a layer keeps it, read without copying a string: for writers that go through
// every feature of many annotations. The views are valid as long as the layer.
struct FeatureView {
  enum class Kind : std::uint8_t { string, integer, real, boolean, reference };
  std::string_view name;
  Kind kind = Kind::string;
  std::string_view text;     // string: the value; reference: the layer pointed at
  std::int64_t integer = 0;  // integer: the value; boolean: 1 or 0; reference: the id
  double real = 0.0;         // real: the value
};

// A feature name and a kind of value set under it somewhere in a layer: what a writer needs to
// know once a document, not annotation by annotation, to decide where features can go.
struct FeatureKey {
  std::string_view name;  // valid as long as the layer it came from
  FeatureView::Kind kind = FeatureView::Kind::string;
  friend bool operator==(const FeatureKey&, const FeatureKey&) = default;
};

}  // namespace strata
