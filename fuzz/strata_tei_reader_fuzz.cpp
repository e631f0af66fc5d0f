// libFuzzer target: the reader of Strata's own TEI (read_strata_tei), as `strata annotate` reads
// a *.xml it wrote. Anything it cannot accept must end in strata::Error, never in a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "strata/error.hpp"
#include "strata/formats/tei_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    strata::formats::read_strata_tei({reinterpret_cast<const char*>(data), size});
  } catch (const strata::Error&) {
  }
  return 0;
}
