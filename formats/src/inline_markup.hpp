// The element an annotation becomes when it is written inline in the TEI body.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "strata/layer.hpp"
#include "window_start.hpp"

namespace strata::formats {

// Which elements entities become: TEI's names (persName, placeName, orgName, date, name) for
// TXM and TEI Publisher, or rs@type, the only one INCEpTION's TEI reader takes entities from.
enum class EntityElements { names, rs };

// An inline element without its xml:id and chain pointers, which depend on how it is split.
struct InlineMarkup {
  std::string element;
  std::vector<std::pair<std::string, std::string>> attributes;  // values not yet escaped
  // Where two annotations cover the same text, the one of lower rank is written outside
  // (a quotation holds a citation, which holds an entity).
  int rank = 0;
};

// The markup for annotation `id` of `layer`: entities (PER persName, LOC placeName, ORG
// orgName, DATE date@when, others name@type; or all rs@type), quotations (said@who pointing at
// the speaker's element when there is one, quote otherwise) and citations (ref type="legal"
// with the identifier as @target). nullopt for the annotations of every other layer, which stay
// in standOff. A window's pointers are numbered on from `start`.
std::optional<InlineMarkup> inline_markup(const Layer& layer, AnnotationId id,
                                          EntityElements entities, const WindowStart& start = {});

}  // namespace strata::formats
