// --corpus-file: every document of a run in one teiCorpus file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <ios>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "strata/formats/run_info.hpp"
#include "strata/formats/spill_file.hpp"

namespace strata::host {

// The documents of a run on their way into one teiCorpus. Each is added when its worker is done
// with it, in any order, already as the corpus's member (its ids prefixed), and waits in a
// temporary file of the thread that added it, so that the run's outputs are never held in memory
// and workers do not wait for each other; write() puts them into the file in job order.
class CorpusFile {
 public:
  explicit CorpusFile(formats::RunInfo run) : run_(std::move(run)) {}

  // Adds job `job`'s TEI, read from `tei` as it is copied, as document N = job + 1: its xml:ids
  // and pointers begin with "dN.", so that a document's ids do not depend on which documents
  // before it failed. Safe to call from several threads at once. Throws std::exception when
  // `tei` is not TEI or the temporary file cannot be written; the job is then not in the corpus.
  void add(std::size_t job, std::istream& tei);

  // Writes the documents added, in job order, as one teiCorpus to `file`, atomically. Returns
  // false, writing nothing, when none was added. Throws std::exception when the file cannot be
  // written.
  bool write(const std::filesystem::path& file);
  // The same to `out` (standard output, say), as it goes.
  bool write(std::ostream& out);

 private:
  struct Place {
    std::size_t file;  // in files_
    std::streamoff offset;
    std::streamsize size;
  };

  // The temporary file of the calling thread (its index in files_), made on its first call.
  std::pair<std::size_t, formats::SpillFile*> file_of_this_thread();

  formats::RunInfo run_;
  std::mutex mutex_;  // guards what follows, not the files' contents
  std::vector<std::unique_ptr<formats::SpillFile>> files_;
  std::map<std::thread::id, std::size_t> file_of_thread_;
  std::map<std::size_t, Place> places_;  // by job
};

}  // namespace strata::host
