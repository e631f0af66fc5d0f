// TEI standOff: every layer the body does not hold, and what the body's layers have no room for.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "application_ids.hpp"
#include "strata/document.hpp"
#include "text_structure.hpp"
#include "window_start.hpp"

namespace strata::formats {

// The standOff element, indented, one annotation per line (compact, yet one grep finds a whole
// annotation); "" when it would be empty. With tokens, each layer is a spanGrp of spans pointing
// at tokens (from/to) or, where an annotation does not fall on token boundaries, at a
// string-range of body; without tokens, a listAnnotation of annotations with string-range
// targets. Reference features become linkGrp/link after their layer. Throws Error for a
// reference to an annotation that does not exist. Each annotation is built with pugixml on its
// own, so memory does not grow with the layer.
//
// A layer in the body has a group only for the features its elements have no room for
// (body_features.hpp): an item per annotation with such features, pointing at its element
// (target="#w3"), without @resp; these groups come first (standoff_layer_order).
//
// `written_inline` names the annotations another part of the file already carries (the inline
// shape's elements); they are left out, and a layer left with none is not written.
//
// `paragraphs_and_sentences` says where those layers are: in the body as p and s (Strata's own
// TEI), or in standOff like any other layer (TEI from elsewhere, whose own markup they may
// cross). Tokens are always in the body.
//
// `token_range_ok`, when given, says whether tokens first..last (indexes) may be pointed at with
// from/to; an annotation over tokens it refuses gets a string-range target instead (TEI from
// elsewhere, where from/to must run in document order and some tokens are not in the body).
using AnnotationFilter = std::function<bool(std::string_view layer, AnnotationId id)>;
enum class StructureLayers { in_body, in_standoff };
using TokenRangeFilter = std::function<bool(std::size_t first, std::size_t last)>;
std::string standoff_xml(const Document& document, const TextStructure& structure,
                         const ApplicationIds& ids, const AnnotationFilter& written_inline = {},
                         StructureLayers paragraphs_and_sentences = StructureLayers::in_body,
                         const TokenRangeFilter& token_range_ok = {});

// The same standOff as standoff_xml with the default arguments (Strata's own TEI), written to
// `out` as it is made. check_standoff() first throws the Error it could throw, so that a
// failure can come before anything is written.
void check_standoff(const Document& document, const TextStructure& structure,
                    const ApplicationIds& ids);
void write_standoff(const Document& document, const TextStructure& structure,
                    const ApplicationIds& ids, std::ostream& out);

// Where write_standoff_parts puts a window's standOff: per layer, the lines that go inside its
// spanGrp (or listAnnotation), and per reference feature, the lines inside its linkGrp.
class StandoffParts {
 public:
  virtual ~StandoffParts() = default;
  // `container` is the element the lines go in: spanGrp, or listAnnotation without tokens.
  virtual std::ostream& annotations(const Layer& layer, std::string_view container) = 0;
  virtual std::ostream& links(const Layer& layer, std::string_view feature) = 0;
};

// write_standoff for a window of a larger document: the lines of each layer and each link group,
// without the elements around them, numbered on from `start`, leaving out what `written_inline`
// names and with `paragraphs_and_sentences` and `token_range_ok` as standoff_xml takes them (the
// token indexes `token_range_ok` is given are the window's). Throws Error for a reference to an
// annotation that does not exist, possibly after writing some parts.
void write_standoff_parts(const Document& window, const TextStructure& structure,
                          const ApplicationIds& ids, const WindowStart& start, StandoffParts& parts,
                          const AnnotationFilter& written_inline = {},
                          StructureLayers paragraphs_and_sentences = StructureLayers::in_body,
                          const TokenRangeFilter& token_range_ok = {});

// Whether layer `name` is in the body: tokens always, paragraphs and sentences when
// `paragraphs_and_sentences` says so.
bool is_body_layer(std::string_view name, StructureLayers paragraphs_and_sentences);

// The layers of `document` in the order of their groups in standOff: the body's layers first, as
// paragraphs, sentences, tokens (the order the TEI reader makes them in, so that a file read
// back is written again the same), then the others in the order they were made.
std::vector<std::string> standoff_layer_order(const Document& document,
                                              StructureLayers paragraphs_and_sentences);

// The @resp of `layer`'s groups: its producer's application, none for a layer in the body (the
// reader cannot give such a layer back its producer, so the file would not be written again the
// same).
std::optional<std::string> standoff_resp(const ApplicationIds& ids, const Layer& layer,
                                         StructureLayers paragraphs_and_sentences);

// The lines around the parts: a layer's container start tag ("    <spanGrp type=... resp=...>"
// and a newline), a link group's for one of its reference features, and either's end tag.
std::string layer_group_start(std::string_view container, std::string_view layer,
                              const std::optional<std::string>& resp);
std::string link_group_start(std::string_view layer, std::string_view feature,
                             const std::optional<std::string>& resp);
std::string group_end(std::string_view container);

// The xml:id of an annotation of a non-structural layer ("entities-12"). Unique: splitting at
// the last '-' gives back the layer and the id; the inline ids (p1, s1, w1, body) have no '-'
// and application ids contain '.', which layer names cannot.
std::string standoff_id(std::string_view layer, AnnotationId id);
// What the xml:ids of a layer's annotations in standOff begin with ("entities-").
std::string standoff_id_prefix(std::string_view layer);

}  // namespace strata::formats
