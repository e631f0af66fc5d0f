#include "strata/case_folding.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace strata {

std::string fold_case(std::string_view utf8_text) {
  const bool ascii = std::all_of(utf8_text.begin(), utf8_text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    std::string folded(utf8_text);
    for (char& c : folded) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return folded;
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8_text.data(), static_cast<int32_t>(utf8_text.size())));
  text.foldCase(U_FOLD_CASE_DEFAULT);
  std::string folded;
  text.toUTF8String(folded);
  return folded;
}

}  // namespace strata
