// libFuzzer target: the reader of Strata's JSON (read_json). Anything that is not a document it
// can take back must end in strata::Error (not in a JSON library exception, nor a crash).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "strata/error.hpp"
#include "strata/formats/json_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    strata::formats::read_json({reinterpret_cast<const char*>(data), size});
  } catch (const strata::Error&) {
  }
  return 0;
}
