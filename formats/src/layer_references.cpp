#include "strata/formats/layer_references.hpp"

#include <vector>

namespace strata::formats {

std::optional<std::string> broken_reference(const Document& document, const Layer& layer,
                                            AnnotationId id, std::string_view feature,
                                            const AnnotationRef& ref) {
  const Layer* target = document.find_layer(ref.layer);
  if (target && ref.id < target->size()) return std::nullopt;
  return "layer '" + layer.name() + "', annotation " + std::to_string(id) + ": feature '" +
         std::string(feature) + "' refers to annotation " + std::to_string(ref.id) + " of layer '" +
         ref.layer + "', which does not exist";
}

std::optional<std::string> first_broken_reference(const Document& document, const Layer& layer) {
  // Run after every plugin on every document: most layers (tokens) hold no reference to check.
  if (!layer.has_references()) return std::nullopt;
  std::vector<FeatureView> features;
  for (AnnotationId id = 0; id < layer.size(); ++id) {
    layer.features(id, features);
    for (const FeatureView& feature : features) {
      if (feature.kind != FeatureView::Kind::reference) continue;
      const AnnotationRef ref{std::string(feature.text),
                              static_cast<AnnotationId>(feature.integer)};
      if (auto error = broken_reference(document, layer, id, feature.name, ref)) return error;
    }
  }
  return std::nullopt;
}

}  // namespace strata::formats
