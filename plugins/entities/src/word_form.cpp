#include "word_form.hpp"

#include "strata/case_folding.hpp"

namespace strata::entities {
namespace {

constexpr std::string_view kTypographicApostrophe = "\u2019";

// Folds ASCII letters, Latin-1 capitals (U+00C0..U+00DE but for U+00D7) and the typographic
// apostrophe into `out`. Returns false, leaving `out` unspecified, if the word holds anything
// whose folding needs full Unicode rules (ß, µ, other scripts).
bool fold_latin1(std::string_view word, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    } else if (c == 0xC3 && i + 1 < word.size()) {
      const auto next = static_cast<unsigned char>(word[i + 1]);
      if (next < 0x80 || next > 0xBF || next == 0x9F) return false;
      const bool capital = next <= 0x9E && next != 0x97;
      out.push_back(static_cast<char>(c));
      out.push_back(static_cast<char>(capital ? next + 0x20 : next));
      ++i;
    } else if (word.substr(i, kTypographicApostrophe.size()) == kTypographicApostrophe) {
      out.push_back('\'');
      i += kTypographicApostrophe.size() - 1;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string_view normalize_word(std::string_view word, std::string& buffer) {
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

}  // namespace strata::entities
