// Linkoln's coverage table (coverage_table.jsonl): Italian citation fragments with their gold
// URN:NIR identifiers.
#pragma once

#include <filesystem>

#include "eval_corpus.hpp"

namespace strata::host {

// Reads one JSON object a line, each with a string "text" and an array of strings "gold_ids"
// (other members are ignored); blank lines are skipped. Each row is one document, keyed by its
// line number on four digits ("0007"), with the row's text and identifiers and no spans. Throws
// SetupError "FILE:LINE: ..." for a line that is not such an object, and for a file without rows.
ScoredCorpus read_linkoln_corpus(const std::filesystem::path& file);

}  // namespace strata::host
