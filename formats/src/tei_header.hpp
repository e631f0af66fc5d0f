// The TEI header: what the text is and which run annotated it.
#pragma once

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

}  // namespace strata::formats
