// What a job's input is and how it becomes the document the chain annotates.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "jobs.hpp"
#include "strata/document.hpp"
#include "strata/formats/tei_input.hpp"

namespace strata::host {

// The kinds of input `strata annotate` reads, told by the file name's extension.
enum class InputKind {
  text,  // *.txt, any other name and standard input: the primary text, no layers
  json,  // *.json: a document strata wrote as JSON, with its layers
  tei,   // *.xml: a document strata wrote as TEI, with its layers, or TEI from elsewhere
};

InputKind input_kind(const std::filesystem::path& source);

// Whether a directory input yields this file: *.txt, *.json and *.xml, so that a folder of
// strata's outputs can be annotated again.
bool is_input_file(const std::filesystem::path& file);

// Whether some job reads a document that may already have layers (JSON or TEI), so that a chain
// may need layers none of its plugins provide.
bool any_annotated_input(const JobList& jobs);

// How the language of a document is set before the chain runs.
struct LanguageChoice {
  std::string language = "auto";
  // -l was given: it replaces a JSON or TEI input's stored language too. Without it a stored
  // language is kept and `language` is only for plain text.
  bool overrides_stored = false;
};

// The job's document: plain text becomes a new document with the job's id; JSON or TEI comes
// back as written, with its id, text, metadata and every layer; TEI from elsewhere becomes a
// document with the job's id and the text of its body (docs/tei-input.md), its file kept in
// `foreign` to be written back. Throws std::exception with a one-line message (empty or blank
// text, not JSON, not TEI, a DOCTYPE, ...).
// Why strata report and strata eval refuse TEI from elsewhere, as annotated outputs of it are:
// its layers are not read back (docs/tei-input.md), so it would count as annotated with nothing.
inline constexpr const char* kForeignTeiHasNoLayers =
    "TEI from elsewhere (with Strata's annotations or without): its text is read, not its "
    "layers; annotate the original with -f json to report on it or score it";

struct LoadedInput {
  Document document;
  std::shared_ptr<formats::ForeignTei> foreign;  // null unless the input is TEI from elsewhere
};
LoadedInput load_input(const Job& job, const LanguageChoice& language);

// load_input's document alone.
Document load_document(const Job& job, const LanguageChoice& language);

}  // namespace strata::host
