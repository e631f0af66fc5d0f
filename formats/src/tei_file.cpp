#include "tei_file.hpp"

#include "sha256.hpp"
#include "strata/error.hpp"
#include "structure_walk.hpp"
#include "tei_datatypes.hpp"
#include "tei_header.hpp"

namespace strata::formats {
namespace {

// The structure, once all that can fail is done: before anything is written, so that a failure
// leaves the output untouched.
TextStructure check_and_prepare(const Document& document, const ApplicationIds& ids,
                                TeiShape& shape) {
  try {
    TextStructure structure(document);
    check_nesting(structure, static_cast<Offset>(document.text().size()));
    shape.prepare(document, structure, ids);
    return structure;
  } catch (const Error& e) {
    throw Error("cannot write document '" + document.id() + "' as TEI: " + e.what());
  }
}

}  // namespace

void write_tei_start(const Document& document, const std::string& language, const RunInfo& run,
                     std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"";
  // "und" (undetermined, BCP 47) is written: read back, a missing xml:lang means "auto".
  if (language != "auto" && is_language_tag(language)) {
    out << " xml:lang=\"" << language << '"';  // nothing to escape in a language tag
  }
  out << ">\n";
  // The header is indented for people to read; it has no mixed content to disturb.
  print_tei_header(out, document, run, sha256_hex(document.text()));
}

void write_tei_end(std::ostream& out) {
  out << "</TEI>\n";
}

void write_tei_file(const Document& document, const RunInfo& run, std::ostream& out,
                    TeiShape& shape) {
  const ApplicationIds ids(run);
  const TextStructure structure = check_and_prepare(document, ids, shape);
  write_tei_start(document, document.language(), run, out);
  shape.text(document, structure, out);  // raw: indenting would change the text
  shape.standoff(document, structure, ids, out);
  write_tei_end(out);
}

}  // namespace strata::formats
