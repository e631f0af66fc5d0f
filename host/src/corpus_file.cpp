#include "corpus_file.hpp"

#include <sstream>

#include "atomic_file.hpp"
#include "strata/error.hpp"
#include "strata/formats/tei_corpus.hpp"

namespace strata::host {

void CorpusFile::add(std::size_t job, const std::string& tei) {
  // Made outside the lock: workers prefix their documents side by side.
  std::ostringstream member;
  formats::write_tei_corpus_member(tei, "d" + std::to_string(job + 1) + ".", member);
  const std::string text = std::move(member).str();
  const std::lock_guard lock(mutex_);
  std::ostream& out = members_.stream();
  const std::streamoff offset = out.tellp();
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) throw Error("cannot write a temporary file for the teiCorpus (is the disk full?)");
  places_[job] = {offset, static_cast<std::streamsize>(text.size())};
}

bool CorpusFile::write(const std::filesystem::path& file) {
  const std::lock_guard lock(mutex_);
  if (places_.empty()) return false;
  AtomicFile atomic(file);
  std::ostream out(&atomic);
  formats::write_tei_corpus_start(places_.size(), run_, out);
  for (const auto& [job, place] : places_) members_.copy_to(out, place.offset, place.size);
  formats::write_tei_corpus_end(out);
  atomic.commit();
  return true;
}

}  // namespace strata::host
