// Labels and feature structures as read_tei reads them back.
#pragma once

#include <string>
#include <string_view>

#include "strata/layer.hpp"
#include "xml_events.hpp"

namespace strata::formats {

// The inverse of encode_xml_name: every _xHHHH_ and _xHHHHHHHH_ back to its character, and
// kEmptyXmlName back to "".
std::string decode_xml_name(std::string_view name);

// A label as set_label wrote it: @type, else @n, else "".
std::string_view read_label(const XmlAttributes& attributes);

// One f of an fs as read: its name (as written, encoded), the element that holds its value
// ("" when it has none), and the value (that element's @value, or the text of a string).
struct FeatureText {
  std::string name;
  std::string kind;
  std::string value;
};

// Sets `feature` (string, numeric, binary) on annotation `id`. `where` starts the message of the
// Error thrown for a value that is not one of those.
void set_feature(Layer& layer, AnnotationId id, const FeatureText& feature,
                 const std::string& where);

}  // namespace strata::formats
