// The documents strata eval compares: gold and predicted spans of one layer, by document.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "span_scorer.hpp"
#include "strata/document.hpp"

namespace strata::host {

// One document reduced to what scoring needs, offsets in code points.
struct ScoredDocument {
  std::string text;
  std::vector<LabelledSpan> spans;
  std::vector<TokenRange> tokens;  // the tokens of the gold, when it has them
  // The "id" features of the layer's spans, for identifier-level scores (citations).
  std::vector<std::string> ids = {};
  // Whether the document has the layer scored (always, for gold read from CoNLL or Linkoln).
  bool has_layer = true;
  // Whether its file writes a layer that has no annotation (JSON does, TEI leaves it out): then
  // a missing layer is a layer the chain did not make.
  bool keeps_empty_layers = false;
};

// Documents by key: the path relative to the folder given, without extension ("a/b"), or the
// file's stem when a file is given.
using ScoredCorpus = std::map<std::string, ScoredDocument>;

// The Strata JSON (*.json) or TEI (*.xml) files at `path`, a file or a folder searched
// recursively, each with its document key as ScoredCorpus describes. Throws SetupError when
// there are none.
std::vector<std::pair<std::string, std::filesystem::path>> annotated_files(
    const std::filesystem::path& path);

// One Strata JSON or TEI file, by its extension. Throws SetupError for another extension and
// strata::Error for a bad file.
Document read_document(const std::filesystem::path& file);

// Reads the Strata JSON (*.json) or TEI (*.xml) files at `path` (a file or a folder searched
// recursively), keeping the spans of `layer` and, unless `attribute` is empty, the string value
// of each span's feature of that name. Throws SetupError naming a file it cannot read.
ScoredCorpus read_strata_corpus(const std::filesystem::path& path, const std::string& layer,
                                const std::string& attribute);

// Reads CoNLL files into documents whose text is their sentences detokenized, one a line. A file
// is one document, keyed by its stem, unless -DOCSTART- lines or `document_sentences` (when not
// 0: at most that many sentences a document) cut it into several, keyed STEM-0001, STEM-0002...
// Throws SetupError naming the file and line of bad data.
ScoredCorpus read_conll_corpus(const std::vector<std::filesystem::path>& files,
                               std::size_t document_sentences);

}  // namespace strata::host
