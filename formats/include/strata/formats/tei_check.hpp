// Checks of a TEI file that schema validation (jing) cannot make.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strata::formats {

// What to check a TEI file against besides itself.
struct TeiCheckOptions {
  // The primary text (canonical UTF-8) that the text content of text/body must equal.
  std::optional<std::string> expected_text;
  // A TEI file from elsewhere that was annotated into the file checked: with what Strata added
  // taken out (docs/tei-input.md), the file must be this one, node for node (comments and
  // processing instructions included; the bytes of tags and entities may differ).
  std::optional<std::string> original = std::nullopt;
};

// The problems of one TEI document, one message each, empty when there are none. Checks that
// the XML is well-formed; xml:ids are unique; every same-document pointer in @from, @to,
// @target, @resp, @who, @ana and @corresp (link targets included) names an existing xml:id, and
// a #string-range(id,offset,length) fits in the characters of that element's text; a span has
// @target or @from/@to, not both, and @to not without @from or before it; the primary text
// equals options.expected_text when given; and its SHA-256 equals the header's <idno
// type="sha256">. The primary text is the text of text/body when that idno is in
// publicationStmt (Strata's TEI), or what docs/tei-input.md's rule takes from body when it is
// in Strata's application (TEI from elsewhere, annotated). A teiCorpus has each of its TEI
// checked so. With options.original, the checked file less Strata's additions must be it.
std::vector<std::string> check_tei(std::string_view xml, const TeiCheckOptions& options = {});

// check_tei on a file's content. Throws strata::Error when the file cannot be read.
std::vector<std::string> check_tei_file(const std::filesystem::path& file,
                                        const TeiCheckOptions& options = {});

}  // namespace strata::formats
