// An annotation's features as a TEI feature structure (fs/f).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "by_address.hpp"
#include "strata/feature.hpp"

namespace strata::formats {

// Whether an fs would hold any of `features` (all but references, which become links).
bool has_plain_features(const std::vector<FeatureView>& features);

// Writes feature structures, one annotation after another. It remembers each feature name's
// start tag, <f name="...">, by the name's address: a layer interns its names, so the few names
// of a layer are encoded once, not once per annotation, and an f takes a few appends of whole
// pieces, not one per bracket, name and quote.
class FeatureStructureWriter {
 public:
  // Appends <fs> to `out` with one <f name> per feature that is not a reference: <string>,
  // <numeric value> (integers and reals; INF, -INF and NaN as xsd:double spells them) or
  // <binary value>. A non-empty `label` goes on the fs itself (see set_label). Appends nothing
  // when there is neither a label nor such a feature.
  void append(std::string& out, const std::vector<FeatureView>& features, std::string_view label);

 private:
  const std::string& f_start_tag(std::string_view name);

  ByAddress<std::string> f_start_tags_;
  std::string scratch_;
};

}  // namespace strata::formats
