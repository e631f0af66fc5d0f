#include "token_attributes.hpp"

#include "xml_output.hpp"
#include "xml_safe_text.hpp"

namespace strata::formats {

void append_token_attributes(std::string& out, const std::vector<FeatureView>& features,
                             std::string& scratch) {
  for (const std::string_view name : kTokenAttributes) {
    for (const FeatureView& feature : features) {
      if (feature.kind != FeatureView::Kind::string || feature.name != name) continue;
      append_attribute(out, name, xml_safe(feature.text, scratch));
      break;
    }
  }
}

}  // namespace strata::formats
