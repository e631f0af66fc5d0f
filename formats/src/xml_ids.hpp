// The xml:ids of a Strata TEI file being read, and the annotations they stand for.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "strata/feature.hpp"
#include "strata/layer_names.hpp"
#include "string_view_hash.hpp"

namespace strata::formats {

// An annotation an xml:id stands for. `layer` views a string that lives as long as the XmlIds.
struct XmlIdTarget {
  std::string_view layer;
  AnnotationId id = 0;
};

// Every xml:id read so far and its annotation: inline ids (p1, s1, w1) and standOff ids
// (LAYER-0). Strata numbers them: the Nth p, s, or w/pc of the body is pN, sN, wN, and
// annotation N of a standOff layer is LAYER-N. An id of that form stands for its annotation with
// no entry of its own, so that a document of millions of tokens does not hold a string and a
// map node for each (they took most of the time and memory of reading a large file back). Ids of
// any other form, which TEI edited by hand may have, are kept in a map and looked at first.
class XmlIds {
 public:
  // Records the xml:id of the next paragraph, sentence or token (its annotation `id`, counted
  // from 0 in its layer). Throws Error if the id is not numbered and an element before has it.
  void add_inline(const char* layer, AnnotationId id, std::string_view xml_id);
  // Throws Error if an id that is not numbered is also the numbered id of another inline
  // element, naming the first such id in the order they were added: call it once every inline
  // element is in.
  void check_inline_ids() const;
  // Records the xml:id of standOff annotation `id` of `layer`; annotations come in id order. An
  // id that already stands for something keeps standing for that.
  void add_standoff(const std::string& layer, AnnotationId id, std::string_view xml_id);

  std::optional<XmlIdTarget> find(std::string_view xml_id) const;

 private:
  // The numbered inline element `xml_id` names, if it is one.
  std::optional<XmlIdTarget> numbered_inline(std::string_view xml_id) const;
  std::optional<XmlIdTarget> numbered_standoff(std::string_view xml_id) const;

  // By the letter of their ids: p, s and w. Bit N says whether annotation N's id is numbered.
  struct InlineLayer {
    char letter;
    const char* name;
    std::vector<bool> numbered;
  };
  InlineLayer inline_[3] = {{'p', layer_names::paragraphs, {}},
                            {'s', layer_names::sentences, {}},
                            {'w', layer_names::tokens, {}}};
  // The standOff layers read so far, the same bit for each annotation. Targets view the keys.
  std::map<std::string, std::vector<bool>, std::less<>> standoff_;
  std::unordered_map<std::string, XmlIdTarget, StringViewHash, std::equal_to<>> others_;
  std::vector<std::string_view> inline_others_;  // others_' inline ids, in the order added
};

}  // namespace strata::formats
