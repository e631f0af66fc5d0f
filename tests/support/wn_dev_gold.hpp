// KIND's Wikinews dev text and the gold sets annotated on it (tests/data/quotations-it and
// entity-sentiment-it), made again from ../shared: the repository holds only their annotations.
#pragma once

#include <filesystem>
#include <string>

#include "strata_process.hpp"

namespace strata::testing {

// KIND's WN_dev.tsv in ../shared, or "" when it is not there.
std::filesystem::path kind_wn_dev();
// The Python 3 interpreter the build found, or "" (scripts/install-deps installs one).
std::string python3();

// Runs tests/data/restore-wn-dev.py on `kind` into `out`: out/text (the 53 documents),
// out/quotations-it and out/entity-sentiment-it (the gold files with their text).
ProcessResult restore_wn_dev(const std::filesystem::path& kind, const std::filesystem::path& out);

}  // namespace strata::testing
