// TEI standOff: every layer that is not a structural one.
#pragma once

#include <string>

#include "application_ids.hpp"
#include "strata/document.hpp"
#include "text_structure.hpp"

namespace strata::formats {

// The standOff element, indented, one annotation per line (compact, yet one grep finds a whole
// annotation); "" when the document has no non-empty layer besides paragraphs, sentences and
// tokens. With tokens, each layer is a spanGrp of spans pointing at tokens (from/to) or, where
// an annotation does not fall on token boundaries, at a string-range of body; without tokens,
// a listAnnotation of annotations with string-range targets. Reference features become
// linkGrp/link after their layer. Throws Error for a reference to an annotation that does not
// exist. Each annotation is built with pugixml on its own, so memory does not grow with the
// layer.
std::string standoff_xml(const Document& document, const TextStructure& structure,
                         const ApplicationIds& ids);

}  // namespace strata::formats
