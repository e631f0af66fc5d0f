// The TEI header: what the text is and which run annotated it.
#pragma once

#include <ostream>
#include <pugixml.hpp>
#include <string_view>

#include "application_ids.hpp"
#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"

namespace strata::formats {

// Appends teiHeader to `tei`: fileDesc (the title, the SHA-256 of the primary text, the
// document's metadata), encodingDesc/appInfo (strata and each plugin with its options) and
// revisionDesc (one change for this run).
void append_tei_header(pugi::xml_node tei, const Document& document, const RunInfo& run,
                       const ApplicationIds& ids, std::string_view text_sha256);

// Prints the teiHeader append_tei_header would build for `run` (whose ids ApplicationIds gives),
// indented at depth 1 as in a TEI file. Its encodingDesc and revisionDesc are the same for
// every document of a run: each thread prints them once per run and copies them after that.
void print_tei_header(std::ostream& out, const Document& document, const RunInfo& run,
                      std::string_view text_sha256);

}  // namespace strata::formats
