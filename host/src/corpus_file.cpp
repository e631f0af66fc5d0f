#include "corpus_file.hpp"

#include "atomic_file.hpp"
#include "strata/error.hpp"
#include "strata/formats/tei_corpus.hpp"

namespace strata::host {

std::pair<std::size_t, formats::SpillFile*> CorpusFile::file_of_this_thread() {
  const std::lock_guard lock(mutex_);
  const auto [found, fresh] =
      file_of_thread_.try_emplace(std::this_thread::get_id(), files_.size());
  if (fresh) files_.push_back(std::make_unique<formats::SpillFile>());
  return {found->second, files_[found->second].get()};
}

void CorpusFile::add(std::size_t job, std::istream& tei) {
  const auto [file, spill] = file_of_this_thread();
  // Only this thread writes its file: no lock while the member is copied.
  std::ostream& out = spill->stream();
  out.seekp(0, std::ios::end);  // after what a member that failed part way left
  const std::streamoff offset = out.tellp();
  formats::write_tei_corpus_member(tei, "d" + std::to_string(job + 1) + ".", out);
  if (tei.bad()) throw Error("cannot read the document's TEI back");
  if (!out) throw Error("cannot write a temporary file for the teiCorpus (is the disk full?)");
  const std::streamsize size = out.tellp() - offset;
  const std::lock_guard lock(mutex_);
  places_[job] = {file, offset, size};
}

bool CorpusFile::write(const std::filesystem::path& file) {
  if (places_.empty()) return false;
  AtomicFile atomic(file);
  std::ostream out(&atomic);
  write(out);
  atomic.commit();
  return true;
}

bool CorpusFile::write(std::ostream& out) {
  const std::lock_guard lock(mutex_);
  if (places_.empty()) return false;
  formats::write_tei_corpus_start(places_.size(), run_, out);
  for (const auto& [job, place] : places_) {
    files_[place.file]->copy_to(out, place.offset, place.size);
  }
  formats::write_tei_corpus_end(out);
  return true;
}

}  // namespace strata::host
