// --corpus-file: every document of a run in one teiCorpus file.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "strata/formats/run_info.hpp"

namespace strata::host {

// Writes the TEI outputs that are there (a failed document has none), in job order, as one
// teiCorpus to `file`, atomically. Returns false, writing nothing, when there is none. Throws
// std::exception when the file cannot be written.
bool write_corpus_file(const std::filesystem::path& file,
                       const std::vector<std::optional<std::string>>& outputs,
                       const formats::RunInfo& run);

}  // namespace strata::host
