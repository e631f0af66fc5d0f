#include "strata/case_folding.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace strata {
namespace {

constexpr std::string_view kTypographicApostrophe = "\u2019";

// Folds ASCII letters, Latin-1 capitals (U+00C0..U+00DE but for U+00D7) and the typographic
// apostrophe into `out`. Returns false, leaving `out` unspecified, if the word holds anything
// whose folding needs full Unicode rules (ß, µ, other scripts).
bool fold_latin1(std::string_view word, std::string& out) {
  // The folded form is never longer than the word: sized once and written through a pointer,
  // not pushed back a byte at a time.
  out.resize(word.size());
  char* to = out.data();
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      *to++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    } else if (c == 0xC3 && i + 1 < word.size()) {
      const auto next = static_cast<unsigned char>(word[i + 1]);
      if (next < 0x80 || next > 0xBF || next == 0x9F) return false;
      const bool capital = next <= 0x9E && next != 0x97;
      *to++ = static_cast<char>(c);
      *to++ = static_cast<char>(capital ? next + 0x20 : next);
      ++i;
    } else if (word.substr(i, kTypographicApostrophe.size()) == kTypographicApostrophe) {
      *to++ = '\'';
      i += kTypographicApostrophe.size() - 1;
    } else {
      return false;
    }
  }
  out.resize(static_cast<std::size_t>(to - out.data()));
  return true;
}

}  // namespace

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

std::string_view fold_word(std::string_view word, std::string& buffer) {
  if (fold_latin1(word, buffer)) return buffer;
  buffer.clear();
  const std::string folded = fold_case(word);
  std::string_view rest = folded;
  for (std::size_t at = rest.find(kTypographicApostrophe); at != std::string_view::npos;
       at = rest.find(kTypographicApostrophe)) {
    buffer.append(rest.substr(0, at)).push_back('\'');
    rest.remove_prefix(at + kTypographicApostrophe.size());
  }
  buffer.append(rest);
  return buffer;
}

}  // namespace strata
