// The text of a list file a plugin reads (a lexicon, a gazetteer, a list of named instruments).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "strata/error.hpp"
#include "strata/text.hpp"

namespace strata {

// `raw`, the bytes of the list `source`, made canonical as a document's text is (byte-order
// marks at the start dropped, UTF-8 checked, NFC, LF line ends: canonicalize_text), so that its
// entries compare with the text they are looked for in. Throws Error "SOURCE:LINE: ..." for
// invalid UTF-8, a NUL byte or a control character, LINE counted in `raw`. Inline over the
// SDK's canonicalize_text, so that a plugin using it needs nothing new from the SDK library.
inline std::string canonicalize_list(std::string_view raw, std::string_view source) {
  try {
    return canonicalize_text(raw);
  } catch (const InputError& e) {
    const std::size_t before = std::min(e.byte_offset(), raw.size());
    const auto line = 1 + std::count(raw.begin(), raw.begin() + static_cast<long>(before), '\n');
    throw Error(std::string(source) + ":" + std::to_string(line) + ": " + e.what());
  }
}

}  // namespace strata
