// Reading any TEI file `strata annotate` is given: Strata's own, or TEI from elsewhere.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "strata/document.hpp"
#include "strata/formats/run_info.hpp"

namespace strata::formats {

// A TEI file from elsewhere as it was read: its tree, to be written back with our tokens and
// layers added (docs/tei-input.md), and where each byte of the document's text came from.
class ForeignTei {
 public:
  struct Parts;
  explicit ForeignTei(std::unique_ptr<Parts> parts);
  ForeignTei(const ForeignTei&) = delete;
  ForeignTei& operator=(const ForeignTei&) = delete;
  ~ForeignTei();

  Parts& parts() { return *parts_; }

 private:
  std::unique_ptr<Parts> parts_;
};

// A TEI input: the document to annotate and, for TEI from elsewhere, the file it came from.
struct TeiInput {
  Document document;
  std::shared_ptr<ForeignTei> foreign;  // null for a file Strata wrote
};

// A file Strata wrote (its header names Strata's application) comes back with its layers, as
// read_strata_tei gives it. Any other TEI file becomes a document with the id `id`, the text of
// its body by the rule of docs/tei-input.md, the language of TEI@xml:lang (else text@xml:lang,
// else "auto") and the title as metadata. Throws strata::Error with a one-line message for XML
// that is not well-formed, a DOCTYPE (its entities are never fetched or expanded), a root other
// than TEI, no text/body, a body without text, or text that is not in Unicode NFC.
// The file's bytes are given to it, so that it can let them go once parsed.
TeiInput read_tei_input(std::string xml, const std::string& id);

// Writes `foreign` back as it was read, with `document`'s tokens as w/pc inside its text nodes
// (a token crossing an element is a string-range span instead), every other layer in standOff
// and the run in the header, every added xml:id under a prefix no id of the file has. `document`
// must be the one read_tei_input gave with `foreign` (its text unchanged). The tree is changed:
// call once. Throws strata::Error before writing anything when a layer cannot be written.
void write_foreign_tei(const Document& document, ForeignTei& foreign, const RunInfo& run,
                       std::ostream& out);

// The names of the features of `document`'s tokens that write_foreign_tei has no room for (any
// but a string kind, lemma, pos, msd and norm), each once, in the order first set: Strata's own
// TEI keeps them in standOff, TEI from elsewhere does not, which a run should say.
std::vector<std::string> token_features_foreign_tei_drops(const Document& document);

}  // namespace strata::formats
