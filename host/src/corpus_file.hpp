// --corpus-file: every document of a run in one teiCorpus file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <ios>
#include <map>
#include <mutex>
#include <string>

#include "strata/formats/run_info.hpp"
#include "strata/formats/spill_file.hpp"

namespace strata::host {

// The documents of a run on their way into one teiCorpus. Each is added when its worker is done
// with it, in any order, already as the corpus's member (its ids prefixed), and waits in a
// temporary file, so that the run's outputs are never held in memory together; write() puts
// them into the file in job order.
class CorpusFile {
 public:
  explicit CorpusFile(formats::RunInfo run) : run_(std::move(run)) {}

  // Adds job `job`'s TEI as document N = job + 1: its xml:ids and pointers begin with "dN.",
  // so that a document's ids do not depend on which documents before it failed. Safe to call
  // from several threads at once. Throws std::exception when `tei` is not TEI or the temporary
  // file cannot be written.
  void add(std::size_t job, const std::string& tei);

  // Writes the documents added, in job order, as one teiCorpus to `file`, atomically. Returns
  // false, writing nothing, when none was added. Throws std::exception when the file cannot be
  // written.
  bool write(const std::filesystem::path& file);

 private:
  struct Place {
    std::streamoff offset;
    std::streamsize size;
  };

  formats::RunInfo run_;
  std::mutex mutex_;  // guards what follows
  formats::SpillFile members_;
  std::map<std::size_t, Place> places_;  // by job
};

}  // namespace strata::host
