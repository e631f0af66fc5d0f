// The token features TEI carries on w and pc as attributes of their own.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "strata/layer.hpp"

namespace strata::formats {

// String features of the tokens layer that the TEI writers put on a token's w or pc as the
// attribute of the same name (TEI's att.linguistic: the lemma, the part of speech, the
// morphosyntactic description, the normalized form), in this order, and that the TEI reader
// takes back from them. TXM and BlackLab read these attributes as word properties.
inline constexpr std::array<std::string_view, 4> kTokenAttributes = {"lemma", "pos", "msd", "norm"};

// The index of `name` in kTokenAttributes, or kTokenAttributes.size() when it is none of them.
inline std::size_t token_attribute_index(std::string_view name) {
  std::size_t i = 0;
  while (i < kTokenAttributes.size() && kTokenAttributes[i] != name) ++i;
  return i;
}

// Whether `tokens` has any of the names of kTokenAttributes among its strings: if not, none of
// its annotations has such a feature.
inline bool has_token_attribute_name(const Layer& tokens) {
  for (const std::string_view name : kTokenAttributes) {
    if (tokens.has_string(name)) return true;
  }
  return false;
}

// Appends ` lemma="..."` and the like for each name of kTokenAttributes that `features`, a
// token's, has as a string, in kTokenAttributes' order; each value made fit for XML (xml_safe,
// with `scratch`) and escaped. Appends nothing for a token without them.
void append_token_attributes(std::string& out, const std::vector<FeatureView>& features,
                             std::string& scratch);

}  // namespace strata::formats
