#include "word_list.hpp"

#include <array>

#include "strata/case_folding.hpp"

namespace strata::tokens {
namespace {

// Case-folded, with the typographic apostrophe written as ASCII "'" ("L’" matches "l'").
std::string normalized(std::string_view word) {
  static constexpr std::string_view kTypographic = "\u2019";
  const std::string folded = fold_case(word);
  std::string result;
  result.reserve(folded.size());
  std::string_view rest = folded;
  for (std::size_t at = rest.find(kTypographic); at != std::string_view::npos;
       at = rest.find(kTypographic)) {
    result.append(rest.substr(0, at)).push_back('\'');
    rest.remove_prefix(at + kTypographic.size());
  }
  result.append(rest);
  return result;
}

}  // namespace

WordList::WordList(const std::vector<std::string>& words) {
  for (const std::string& word : words) add(word);
}

void WordList::add(std::string_view word) {
  words_.insert(normalized(word));
}

void WordList::add_all(const WordList& other) {
  words_.insert(other.words_.begin(), other.words_.end());
}

bool WordList::contains(std::string_view word) const {
  // Short ASCII words, the usual case, are folded on the stack; the general path allocates.
  std::array<char, 24> folded;
  if (word.size() > folded.size()) return words_.contains(normalized(word));
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (static_cast<unsigned char>(c) >= 0x80) return words_.contains(normalized(word));
    folded[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return words_.contains(std::string_view(folded.data(), word.size()));
}

}  // namespace strata::tokens
