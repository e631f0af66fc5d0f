// libFuzzer target: the scanner that copies a document's TEI into a teiCorpus, prefixing its ids
// (write_tei_corpus_member). Bad input must end in strata::Error.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "strata/error.hpp"
#include "strata/formats/tei_corpus.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  try {
    strata::formats::write_tei_corpus_member(in, "d1.", out);
  } catch (const strata::Error&) {
  }
  return 0;
}
