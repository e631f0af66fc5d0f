#include "body_features.hpp"

#include "strata/layer_names.hpp"
#include "token_attributes.hpp"

namespace strata::formats {

bool is_carried_in_body(std::string_view layer, const FeatureKey& key) {
  if (layer != layer_names::tokens || key.kind != FeatureView::Kind::string) return false;
  return key.name == "kind" || token_attribute_index(key.name) < kTokenAttributes.size();
}

bool has_features_beyond_body(const Layer& layer) {
  for (const FeatureKey& key : layer.feature_keys()) {
    if (!is_carried_in_body(layer.name(), key)) return true;
  }
  return false;
}

void drop_carried_in_body(std::string_view layer, std::vector<FeatureView>& features) {
  std::erase_if(features, [&](const FeatureView& feature) {
    return is_carried_in_body(layer, {feature.name, feature.kind});
  });
}

}  // namespace strata::formats
