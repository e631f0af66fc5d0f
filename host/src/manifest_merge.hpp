// Combining the manifests of a run's shards into one account of the corpus.
#pragma once

#include <string>
#include <vector>

#include "run_manifest.hpp"

namespace strata::host {

// What became of a corpus across the manifests of its shards.
struct MergedRun {
  std::vector<ManifestEntry> latest;  // each document's latest entry, by document id
  std::vector<std::string> missing;   // expected documents no manifest names, in order
  std::vector<std::string> chains;    // the distinct chain hashes seen, in order of appearance
  std::size_t ok = 0;
  std::size_t failed = 0;
};

// Merges the manifests' entries (a later entry of a document replaces an earlier one: a resumed
// run's, or a later file's). `expected` is the corpus's document ids, or empty when unknown.
MergedRun merge_manifests(const std::vector<std::vector<ManifestEntry>>& manifests,
                          const std::vector<std::string>& expected);

}  // namespace strata::host
