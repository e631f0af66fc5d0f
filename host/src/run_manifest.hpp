// The run manifest: a JSON Lines record of what became of each document, written as a run goes,
// so that a killed run can be resumed and the shards of a job array merged.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "job_list.hpp"

namespace strata::host {

// One line of a manifest: one document's outcome in one run.
struct ManifestEntry {
  std::string document;  // the document's id (its path relative to the input named)
  std::string output;    // the file written, "" when it failed or went to standard output
  std::string status;    // "ok" or "failed"
  std::string error;     // why it failed, "" when ok
  double seconds = 0;    // reading, annotating and writing it
  std::string chain;     // chain_hash() of the run
  std::string finished;  // when it was done, UTC, ISO 8601
};

// Appends entries to a manifest file, each as one line in one write, after the document's output
// is in place: a line says the output is complete. Shared by the run's workers.
class ManifestWriter {
 public:
  // Opens `path` for appending (creating it and its folder); with `fresh`, empties it first.
  // Throws SetupError when the file cannot be opened.
  ManifestWriter(const std::filesystem::path& path, bool fresh);
  ~ManifestWriter();
  ManifestWriter(const ManifestWriter&) = delete;
  ManifestWriter& operator=(const ManifestWriter&) = delete;

  // Throws std::runtime_error when the line cannot be written.
  void append(const ManifestEntry& entry);

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  std::mutex mutex_;
};

// The JSON line of an entry, without the newline.
std::string manifest_line(const ManifestEntry& entry);

// Reads the entries of a manifest file one line at a time; a missing file has none.
class ManifestReader {
 public:
  explicit ManifestReader(const std::filesystem::path& path);

  // The next entry into `entry`; false at the end. A last line without its newline (a run killed
  // while writing it) is ignored; any other line that is not an entry throws SetupError naming
  // the file and line.
  bool next(ManifestEntry& entry);
  // Where the line of the entry next() gave last begins.
  std::uint64_t line_offset() const { return line_offset_; }
  // The entry whose line begins at `offset` (a line_offset()), read again; next() is not to be
  // called after it. Throws SetupError.
  ManifestEntry entry_at(std::uint64_t offset);

 private:
  ManifestEntry parsed(const std::string& line, std::size_t line_number) const;

  std::filesystem::path path_;
  std::ifstream in_;
  std::uint64_t line_offset_ = 0;
  std::uint64_t next_offset_ = 0;
  std::size_t line_number_ = 0;
};

// Calls `visit` with each entry of a manifest file in order, by ManifestReader's rules.
void for_each_manifest_entry(const std::filesystem::path& path,
                             const std::function<void(const ManifestEntry&)>& visit);

// A document id as a manifest line records it when it is not valid UTF-8 (a file name of another
// encoding): its bad bytes replaced as the line's JSON replaces them. nullopt for a valid id,
// which is recorded as it is. Readers match ids through it, so that such a document is found
// again.
std::optional<std::string> recorded_otherwise(std::string_view id);

// For each job, whether the manifest's latest entry for its document is "ok" with chain `chain`,
// written to an output that still exists: what --resume skips. Throws as
// for_each_manifest_entry.
std::vector<bool> finished_jobs(const JobList& jobs, const std::filesystem::path& manifest,
                                std::string_view chain);

// The time a run's files say they were made, UTC, ISO 8601 with seconds: SOURCE_DATE_EPOCH
// where it is set, so that repeated runs can give identical files; else now.
std::string run_timestamp();

// The current time, UTC, ISO 8601 with seconds.
std::string utc_now();

}  // namespace strata::host
