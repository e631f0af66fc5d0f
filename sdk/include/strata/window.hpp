// What a plugin needs to know when it is given a window of a larger document.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>

#include "strata/document.hpp"

namespace strata {

// The code points of the whole document's text before this window, from the metadata
// "window_start" the host sets on each window (docs/large-documents.md); 0 for a whole document.
// A plugin that keeps a position in the text as a number (an integer feature, as quotations'
// "cue_begin") adds it, so that the number means the same in the output of the whole document.
// Annotations' own offsets and references need nothing: the host numbers them on.
inline std::int64_t window_start(const Document& document) {
  const auto& metadata = document.metadata();
  // Only with "window", which the host sets beside it: a document's own metadata may use the
  // name for something else.
  const auto found = metadata.find("window_start");
  if (found == metadata.end() || metadata.find("window") == metadata.end()) return 0;
  const std::string& text = found->second;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && value > 0 ? value : 0;
}

}  // namespace strata
