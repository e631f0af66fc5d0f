// Whether a layer's reference features point at annotations that exist: what the TEI writer
// needs to link them, and what the host checks after each plugin, so that a dangling reference
// fails its document under the plugin's name in every format, not only in TEI at writing time.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "strata/document.hpp"

namespace strata::formats {

// "layer 'L', annotation N: feature 'F' refers to annotation M of layer 'T', which does not
// exist" when `ref`, the value of feature `feature` of annotation `id` of `layer`, has no
// target in `document`; nothing when it has.
std::optional<std::string> broken_reference(const Document& document, const Layer& layer,
                                            AnnotationId id, std::string_view feature,
                                            const AnnotationRef& ref);

// The first reference feature of `layer`, in annotation order, without a target, as above.
std::optional<std::string> first_broken_reference(const Document& document, const Layer& layer);

}  // namespace strata::formats
