// Hand-made documents for the inline TEI writer: each one shows a way annotations meet.
#pragma once

#include <string>
#include <vector>

#include "sample_documents.hpp"

namespace strata::formats::testing {

// Documents with entities, quotations, citations and sentence sentiment that nest (an entity
// in a quotation), cross (an entity across two sentences, a citation overlapping an entity),
// fall off token boundaries, and have XML special characters in their text. By name: "nested",
// "crossing", "citation", "escaping", "off-tokens".
const std::vector<NamedDocument>& inline_documents();

// write_tei_inline into a string (entities as rs when `rs`), its notes added to `notes`.
std::string tei_inline_string(const Document& document, bool rs = false,
                              std::vector<std::string>* notes = nullptr);

}  // namespace strata::formats::testing
