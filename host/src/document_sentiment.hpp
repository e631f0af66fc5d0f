// What a sentiment layer says about a whole document, read from predicted Strata output.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace strata::host {

// The document annotation of a sentiment layer: its type (positive, neutral, negative) and its
// `score` feature (-1..1).
struct DocumentSentiment {
  std::string type;
  double score = 0;
  std::string text;  // the document's, to check it is the gold item's
};

// The document sentiment of each Strata JSON or TEI file at `path`, keyed as read_strata_corpus
// keys documents. A document without the layer is left out, so it counts as not predicted.
// Throws SetupError naming the file when the layer has no annotation with `scope` "document",
// more than one, or one whose `score` is not a number.
std::map<std::string, DocumentSentiment> read_document_sentiments(const std::filesystem::path& path,
                                                                  const std::string& layer);

}  // namespace strata::host
