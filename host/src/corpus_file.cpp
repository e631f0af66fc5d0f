#include "corpus_file.hpp"

#include <sstream>

#include "jobs.hpp"
#include "strata/formats/tei_corpus.hpp"

namespace strata::host {

bool write_corpus_file(const std::filesystem::path& file,
                       const std::vector<std::optional<std::string>>& outputs,
                       const formats::RunInfo& run) {
  std::vector<std::string> written;
  for (const auto& output : outputs) {
    if (output) written.push_back(*output);
  }
  if (written.empty()) return false;
  std::ostringstream corpus;
  formats::write_tei_corpus(written, run, corpus);
  write_atomically(file, std::move(corpus).str());
  return true;
}

}  // namespace strata::host
