// Writes a document as TEI with its annotations inline, for TXM, TEI Publisher and INCEpTION
// (see docs/tei-output.md, "Inline TEI").
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"

namespace strata::formats {

// How the inline TEI is written.
struct TeiInlineOptions {
  // Entities as rs@type (what INCEpTION reads) rather than persName, placeName, orgName, date.
  bool entities_as_rs = false;
  // Told, once per document, which annotations could not be written inline and stay in
  // standOff; not called when all could.
  std::function<void(const std::string&)> note;
};

// Writes `document` as write_tei does (same header, same body text, same p > s > w|pc), with
// entities, quotations and citations as elements around their tokens, split and chained with
// @next/@prev where they would cross, sentence sentiment as @ana on s, and in standOff every
// annotation that is not inline. Throws strata::Error, before writing anything, as write_tei.
void write_tei_inline(const Document& document, const RunInfo& run, std::ostream& out,
                      const TeiInlineOptions& options = {});

}  // namespace strata::formats
