// Re-creating a layer under the plugin that made it, as the readers do.
#pragma once

#include <string>

#include "strata/document.hpp"

namespace strata::formats {

// The producer of a layer whose maker a file does not name: not a valid plugin name, so that no
// run lists it and writers leave it unnamed again.
inline constexpr const char* kUnknownProducer = "?";

// Adds layer `name` as if `producer` had made it ("" for strata itself), so that a document read
// back names the same makers when it is written again (TEI's @resp, JSON's producers).
inline Layer& add_produced_layer(Document& document, const std::string& producer,
                                 const std::string& name) {
  document.restrict_writes(producer, {name});
  Layer& layer = document.add_layer(name);
  document.lift_write_restriction();
  return layer;
}

}  // namespace strata::formats
