// Where one window of a larger document starts in the file its windows are written to.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "strata/document.hpp"
#include "strata/feature.hpp"
#include "text_structure.hpp"

namespace strata::formats {

// What the windows before this one wrote: its paragraphs, sentences, tokens and annotations are
// numbered on from there, so that xml:ids stay unique in the file and every pointer (token
// ranges, string ranges, links) means the same in the whole document as in the window. All zero
// for a whole document.
struct WindowStart {
  TextStructure::Numbering elements{};                          // p, s and w
  std::map<std::string, std::size_t, std::less<>> annotations;  // by layer
  std::size_t code_points = 0;                                  // of the text
  std::size_t bytes = 0;                                        // of the text

  // Moves on past `window`: its annotations and its text now come before. (Its paragraphs,
  // sentences and tokens are the TEI writer's to count, from its TextStructure.)
  void move_past(const Document& window) {
    for (const std::string& name : window.layer_names()) {
      annotations[name] += window.layer(name).size();
    }
    code_points += window.offsets().code_point_offset(static_cast<Offset>(window.text().size()));
    bytes += window.text().size();
  }

  std::size_t annotations_before(std::string_view layer) const {
    const auto found = annotations.find(layer);
    return found == annotations.end() ? 0 : found->second;
  }

  // Annotation `id` of `layer` as the file numbers it.
  AnnotationId numbered(std::string_view layer, AnnotationId id) const {
    return static_cast<AnnotationId>(id + annotations_before(layer));
  }

  // `value` as the file numbers it: a reference's id numbered on, any other value as it is.
  FeatureValue numbered(const FeatureValue& value) const {
    const auto* ref = std::get_if<AnnotationRef>(&value);
    if (!ref) return value;
    return AnnotationRef{ref->layer,
                         static_cast<AnnotationId>(ref->id + annotations_before(ref->layer))};
  }
};

}  // namespace strata::formats
