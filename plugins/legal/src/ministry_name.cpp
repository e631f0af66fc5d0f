#include "ministry_name.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <vector>

#include "text_scan.hpp"

namespace strata::legal {
namespace {

// Words a URN:NIR authority name leaves out.
constexpr std::array<std::string_view, 16> kLeftOut = {
    "del", "della", "dello", "delle", "dei", "degli", "dell", "per",
    "il",  "la",    "lo",    "i",     "gli", "le",    "e",    "l"};

// Words that end a name: the sentence goes on ("del Ministero dei trasporti che ha ...").
constexpr std::array<std::string_view, 24> kNameEnds = {
    "che", "ha",  "hanno", "in",  "con",   "a",   "ad", "su",   "da",   "non",  "si",  "ne",
    "un",  "una", "n",     "nel", "nella", "sul", "al", "alla", "come", "sono", "per", "ed"};

// A word of the name and where it lies in the text.
struct Word {
  std::string urn;  // lower case, "à" as "a"
  std::size_t end = 0;
};

std::string urn_word(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c == 0xC3 && i + 1 < word.size()) {
      const auto next = static_cast<unsigned char>(word[++i]) | 0x20;  // lower case
      out += next <= 0xA5   ? 'a'
             : next <= 0xAB ? 'e'
             : next <= 0xAF ? 'i'
             : next <= 0xB6 ? 'o'
                            : 'u';
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  return out;
}

// The bytes of the letter starting at `at`: an ASCII letter, or a Latin letter with a diacritic.
std::size_t letter_size(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (std::isalpha(c)) return 1;
  return c >= 0xC3 && c <= 0xC9 && at + 1 < text.size() ? 2 : 0;
}

std::vector<Word> words_of(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Word> words;
  std::size_t at = begin;
  while (at < end) {
    std::size_t stop = at;
    while (stop < end && letter_size(text, stop) > 0) stop += letter_size(text, stop);
    if (stop > at) words.push_back({urn_word(text.substr(at, stop - at)), stop});
    at = stop == at ? at + 1 : stop;
  }
  return words;
}

bool among(std::string_view word, std::span<const std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

std::optional<std::pair<std::size_t, std::string>> scan_ministry(std::string_view text,
                                                                 std::size_t pos) {
  static const RE2 name(
      "minist(?:ero|ro)\\s+((?:(?:del|della|dello|delle|dei|degli|per\\s+(?:il|la|lo|i|gli|le))"
      "\\s+|dell['\u2019]\\s*)[\\pL]+(?:\\s*,?\\s+(?:e\\s+)?(?:(?:del|della|dello|delle|dei|degli)"
      "\\s+|dell['\u2019]\\s*)?[\\pL]+){0,5})",
      scanner_options());
  std::string_view group[1];
  if (!match_at(name, text, pos, group)) return std::nullopt;
  const auto begin = static_cast<std::size_t>(group[0].data() - text.data());
  std::string issuer = "ministero";
  std::size_t end = begin;
  std::string previous;
  for (const Word& word : words_of(text, begin, begin + group[0].size())) {
    if (issuer != "ministero" && previous != "per" && among(word.urn, kNameEnds)) break;
    previous = word.urn;
    if (among(word.urn, kLeftOut) || word.urn == "per") continue;
    issuer += "." + word.urn;
    end = word.end;
  }
  if (issuer == "ministero") return std::nullopt;
  return std::pair{end, issuer};
}

}  // namespace strata::legal
