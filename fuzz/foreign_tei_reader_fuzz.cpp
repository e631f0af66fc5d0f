// libFuzzer target: the reader of any TEI input (read_tei_input), which takes TEI from elsewhere
// apart into a document and the tree to write back. Bad input must end in strata::Error.
#include <cstddef>
#include <cstdint>
#include <string>

#include "strata/error.hpp"
#include "strata/formats/tei_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    strata::formats::read_tei_input(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
  } catch (const strata::Error&) {
  }
  return 0;
}
