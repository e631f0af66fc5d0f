#include "body_features.hpp"

#include <algorithm>

#include "strata/formats/tei_input.hpp"
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

std::vector<std::string> token_features_foreign_tei_drops(const Document& document) {
  std::vector<std::string> names;
  const Layer* tokens = document.find_layer(layer_names::tokens);
  if (!tokens) return names;
  for (const FeatureKey& key : tokens->feature_keys()) {
    if (!is_carried_in_body(layer_names::tokens, key) && !std::ranges::count(names, key.name)) {
      names.emplace_back(key.name);
    }
  }
  return names;
}

}  // namespace strata::formats
