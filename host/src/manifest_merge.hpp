// Combining the manifests of a run's shards into one account of the corpus.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "job_list.hpp"
#include "run_manifest.hpp"

namespace strata::host {

// What became of a corpus across the manifests of its shards. Each document's latest entry (a
// later entry replaces an earlier one: a resumed run's, or a later file's) is kept as where its
// line is, some 30 bytes and the id's, and read again when asked for: a million documents take
// tens of megabytes, not their entries.
class ManifestMerge {
 public:
  // Reads the manifests. Throws SetupError as ManifestReader does.
  explicit ManifestMerge(std::vector<std::filesystem::path> manifests);

  std::size_t documents() const { return latest_.size(); }
  std::size_t ok() const { return ok_; }
  std::size_t failed() const { return documents() - ok_; }
  // The distinct chain hashes of all entries, in order of appearance.
  const std::vector<std::string>& chains() const { return chains_; }

  // Calls `visit` with each document's latest entry, in the order of document ids. Throws
  // SetupError when a manifest changed since it was read.
  void for_each_latest(const std::function<void(const ManifestEntry&)>& visit) const;
  // Calls `visit` with the index and latest entry of each job of `order` that a manifest names,
  // in the order of `order`. Throws as for_each_latest.
  void for_each_named(
      const JobList& order,
      const std::function<void(std::size_t job, const ManifestEntry&)>& visit) const;
  // The ids of `expected` that no manifest names, in its order.
  std::vector<std::string> missing(const JobList& expected) const;

 private:
  // Where a document's entry is.
  struct Place {
    std::uint64_t id_begin;  // in ids_
    std::uint64_t line;      // the line's offset in its manifest
    std::uint32_t id_size;
    std::uint32_t manifest;
    bool ok;
  };

  std::string_view id(const Place& place) const {
    return std::string_view(ids_).substr(place.id_begin, place.id_size);
  }
  // The place of document `id`, or nullptr.
  const Place* find(std::string_view id) const;
  // find() of a job's id as the manifests record it (recorded_otherwise).
  const Place* find_recorded(std::string_view document) const;
  // Reads a place's entry again, with a reader per manifest.
  ManifestEntry entry_of(const Place& place, std::vector<ManifestReader>& readers) const;
  std::vector<ManifestReader> readers() const;

  std::vector<std::filesystem::path> manifests_;
  std::string ids_;
  std::vector<Place> latest_;  // by id once read
  std::vector<std::string> chains_;
  std::size_t ok_ = 0;
};

}  // namespace strata::host
