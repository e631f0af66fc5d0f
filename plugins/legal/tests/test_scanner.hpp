// The plugin's own lists loaded from the source tree, and a scanner over them, for the tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "citation_scanner.hpp"
#include "legal_annotator.hpp"

namespace strata::legal {

// The scanner the plugin builds from its resources, built once.
inline const CitationScanner& test_scanner() {
  static const auto lexicon = load_lexicon(PluginContext{nullptr, LEGAL_RESOURCE_DIR}, {});
  static const CitationScanner scanner(*lexicon);
  return scanner;
}

// The value of feature `name` of `citation`, empty when it has none.
inline std::string feature(const Citation& citation, std::string_view name) {
  for (const auto& [key, value] : citation.features) {
    if (key == name) return value;
  }
  return "";
}

// The ids of every citation of `text`, space-separated, in the order found.
inline std::string ids_of(std::string_view text) {
  std::string ids;
  for (const Citation& citation : test_scanner().scan(text)) {
    ids += (ids.empty() ? "" : " ") + feature(citation, "id");
  }
  return ids;
}

}  // namespace strata::legal
