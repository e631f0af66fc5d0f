// KIND's Wikinews dev text and the gold sets annotated on it (tests/data/quotations-it and
// entity-sentiment-it), made again from ../shared: the repository holds only their annotations.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "strata_process.hpp"

namespace strata::testing {

// KIND's WN_dev.tsv in ../shared, or "" when it is not there.
std::filesystem::path kind_wn_dev();
// Why the gold sets cannot be restored here (no WN_dev.tsv, or no Python 3 found by the build:
// scripts/install-deps installs one), or "" when they can.
std::string wn_dev_unavailable();

// Runs the Python script tests/data/`script` with `arguments`.
ProcessResult run_data_script(const std::string& script, const std::vector<std::string>& arguments);

// Runs tests/data/restore-wn-dev.py on `kind` into `out`: out/text (the 53 documents),
// out/quotations-it and out/entity-sentiment-it (the gold files with their text).
ProcessResult restore_wn_dev(const std::filesystem::path& kind, const std::filesystem::path& out);

}  // namespace strata::testing
