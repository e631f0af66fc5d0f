// Corpora made for corpus-run tests, and what such runs leave: manifests and output folders.
// Shared by the tests of resuming and shards (e2e) and the test on a real Slurm cluster.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "strata_process.hpp"

namespace strata::testing {

// The repository's example text, of which make_corpus builds its documents.
std::filesystem::path corpus_sample();

// `documents` files corpus/doc000.txt... in `dir`, each the sample `copies` times, numbered so
// they differ; returns the corpus folder.
std::filesystem::path make_corpus(const ScratchDir& dir, int documents, int copies);

// The lines of a run manifest, each parsed.
std::vector<nlohmann::json> manifest_lines(const std::filesystem::path& path);

// Adds a test failure unless the two folders hold the same documents with the same bytes. Only
// names are printed: printing two corpora's outputs, as EXPECT_EQ on the maps would, takes
// gigabytes.
void expect_same_outputs(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace strata::testing
