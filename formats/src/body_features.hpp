// Which features of paragraphs, sentences and tokens Strata's TEI body carries itself.
#pragma once

#include <string_view>
#include <vector>

#include "strata/layer.hpp"

namespace strata::formats {

// Whether the body carries feature `key` of an annotation of the structural layer `layer` on
// that annotation's own element: a token's string `kind` (w or pc, and @type) and its string
// lemma, pos, msd and norm (kTokenAttributes). A paragraph's or sentence's feature never.
bool is_carried_in_body(std::string_view layer, const FeatureKey& key);

// Whether some annotation of the structural layer `layer` may have a feature the body does not
// carry, which must then go in standOff: learnt from the layer's feature keys, once a document.
bool has_features_beyond_body(const Layer& layer);

// Removes from `features`, an annotation's of `layer`, those the body carries.
void drop_carried_in_body(std::string_view layer, std::vector<FeatureView>& features);

}  // namespace strata::formats
