// standOff groups as read_tei reads them, and the layers and references they become.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "strata/document.hpp"
#include "tei_reader_features.hpp"
#include "xml_ids.hpp"

namespace strata::formats {

// One span or annotation: its attributes, its label (a span's own, an annotation's fs's), and
// where the f of its fs are in its group's features.
struct StandoffItem {
  std::string xml_id;
  std::optional<std::string> target;  // a string-range of body, in place of from and to
  std::string from;
  std::string to;
  std::string label;
  std::size_t first_feature = 0;
  std::size_t feature_count = 0;
};

// A spanGrp (`spans`) or a listAnnotation: one layer.
struct StandoffGroup {
  bool spans = true;
  std::string type;  // the layer's name
  std::string resp;
  std::vector<StandoffItem> items;    // in file order
  std::vector<FeatureText> features;  // every item's, in file order
};

// A linkGrp: type "LAYER.FEATURE", and each link's target "#THIS #TARGET".
struct LinkGroup {
  std::string type;
  std::vector<std::string> targets;
};

// Adds the layer `group` stands for, its annotations under the ids their xml:ids give, and
// records those xml:ids in `ids` (which must hold the inline ones). @resp names an application
// of `app_info` (the header's): its label becomes the layer's producer.
Layer& add_standoff_layer(const StandoffGroup& group, pugi::xml_node app_info, Document& document,
                          XmlIds& ids);

// Sets the features of `group` on the annotations of `layer`, a structural layer the body gave,
// that its items point at: Strata's TEI keeps there the features that p, s, w and pc have no
// room for, each item with target="#ID" naming the element (its own xml:id is not needed).
// Throws Error for an item that points anywhere else, or at an element an item before did.
void add_body_features(const StandoffGroup& group, Layer& layer, const XmlIds& ids);

// Sets the reference feature each link of `group` holds. `layers` are the layers the body gave
// and those add_standoff_layer made: the only ones a link may add a feature to.
void add_links(const LinkGroup& group, const std::unordered_map<std::string, Layer*>& layers,
               const XmlIds& ids);

}  // namespace strata::formats
