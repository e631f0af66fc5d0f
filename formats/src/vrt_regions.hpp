// The spans of a layer as CWB regions: whole tokens, never nested within one attribute.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "strata/layer.hpp"
#include "text_structure.hpp"
#include "window_start.hpp"

namespace strata::formats {

// One region of a structural attribute: the tokens [first, last] and the start tag that opens
// it. `rank` orders the attributes (a lower rank is opened outside a higher one where both start
// and end together), and names it for notes.
struct VrtRegion {
  std::size_t rank;
  std::size_t first;
  std::size_t last;
  std::string start_tag;  // "<name a=\"v\" ...>"
};

// The tokens [first, last] that cover [begin, end) of the text, `tokens` being sorted and
// disjoint: a span that starts or ends inside a token is widened to all of it, an empty one
// inside a token takes that token. False when no token overlaps the span.
bool covering_tokens(const std::vector<TextStructure::Extent>& tokens, Offset begin, Offset end,
                     std::size_t& first, std::size_t& last);

// What the regions of one layer become in VRT.
struct VrtAttribute {
  std::string name;           // the CWB name of the attribute (the element name)
  bool with_features = true;  // type and features as attributes (not for <p> and <s>)
  // Where references are numbered on from: a window's start, or none for a whole document.
  const WindowStart* references_from = nullptr;
};

// How many attributes one layer may take (see layer_regions).
inline constexpr std::size_t kVrtLevels = 3;

// The regions of `layer`, one list per level, each in token order, with rank 0 for the caller to
// set. CWB stores one attribute's regions as a flat list, so none may lie inside or across
// another: each span takes the first level where it crosses no span already there (spans taken
// by offset, the longer first where two begin together, so the outer one is on level 0), and is
// dropped when no level of kVrtLevels has room. Level n > 0 becomes its own attribute, named as
// CWB names the levels of a recursive one ("entities1", "entities2"). Adds a line to `notes` per
// kind of change: spans widened to whole tokens, dropped for covering no token, moved to a
// further level, dropped for nesting too deep.
std::vector<std::vector<VrtRegion>> layer_regions(const Layer& layer, const VrtAttribute& attribute,
                                                  const std::vector<TextStructure::Extent>& tokens,
                                                  std::vector<std::string>& notes);

}  // namespace strata::formats
