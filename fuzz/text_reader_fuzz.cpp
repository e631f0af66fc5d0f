// libFuzzer target: the text reader, Document's canonicalization of raw bytes (UTF-8 check, NFC,
// line ends). Bad bytes must end in InputError, never in a crash, and what it accepts must be
// canonical already: canonicalizing it again changes nothing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "strata/document.hpp"
#include "strata/error.hpp"
#include "strata/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  try {
    const strata::Document document("fuzz", raw);
    if (strata::canonicalize_text(document.text()) != document.text()) __builtin_trap();
  } catch (const strata::InputError&) {
  }
  return 0;
}
