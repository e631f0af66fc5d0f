#include "case_name.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace strata::legal::us {
namespace {

constexpr std::size_t kReach = 240;  // bytes: longer names are rare and guesses get worse

// A word of the text by its byte offsets.
struct Word {
  std::size_t begin;
  std::size_t end;
  std::string_view text;
};

// Lowercase words that may sit inside a party's name ("People of State of New York").
// "and" is not one: "Grutter and Regents of Univ. of Cal. v. Bakke" names two cases.
constexpr std::array<std::string_view, 11> kConnectors = {"of",  "the", "&",   "ex",  "rel.", "de",
                                                          "del", "la",  "van", "von", "for"};
// Signal words that open a citation sentence rather than a name ("See Hill, 725 S.W.2d at 176").
constexpr std::array<std::string_view, 10> kSignals = {
    "In", "See", "See,", "Cf.", "But", "Accord", "Compare", "Also", "E.g.,", "Under"};

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool starts_upper(std::string_view word) {
  return !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) ||
                           std::isdigit(static_cast<unsigned char>(word[0])));
}

// "Curiams." ends a sentence; "Corp." or "Sys." only abbreviates: long lowercase words with a
// period are taken as a sentence's last word.
// So does a number with a period: "amended in 2019. Nat'l Ass'n of Mfrs. v. ..." names no
// "2019." in its party.
bool ends_sentence(std::string_view word) {
  if (!word.ends_with('.') || word.size() < 2) return false;
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  if (std::all_of(word.begin(), word.end() - 1, digit)) return true;
  if (word.size() < 7) return false;
  return std::all_of(word.begin() + 1, word.end() - 1,
                     [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

// Where the stretch that may hold a name starts: after the last hard stop before `end`.
std::size_t stretch_start(std::string_view text, std::size_t end, std::size_t floor) {
  const std::size_t lowest = std::max(floor, end > kReach ? end - kReach : 0);
  for (std::size_t i = end; i > lowest; --i) {
    const auto c = static_cast<unsigned char>(text[i - 1]);
    if (std::string_view(";()[]:\"").find(static_cast<char>(c)) != std::string_view::npos) return i;
    // Curly quotes (U+201C, U+201D) and the end of a paragraph.
    if ((c == 0x9C || c == 0x9D) && i >= 3 && static_cast<unsigned char>(text[i - 3]) == 0xE2)
      return i;
    if (c == '\n' && i >= 2 && text[i - 2] == '\n') return i;
  }
  return lowest;
}

std::vector<Word> words_in(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Word> words;
  std::size_t i = begin;
  while (i < end) {
    while (i < end && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t start = i;
    while (i < end && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) words.push_back({start, i, text.substr(start, i - start)});
  }
  return words;
}

std::string joined(const std::vector<Word>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i].text;
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out;
}

// Skips whitespace and commas leftwards.
std::size_t skip_back(std::string_view text, std::size_t pos, std::size_t floor) {
  while (pos > floor &&
         (std::isspace(static_cast<unsigned char>(text[pos - 1])) || text[pos - 1] == ','))
    --pos;
  return pos;
}

// The first word of a party's name, walking left from `last` (exclusive) over capitalized
// words and connectors; signal words at the front are dropped.
std::size_t party_start(const std::vector<Word>& words, std::size_t last) {
  std::size_t first = last;
  while (first > 0 && last - first < 8) {
    const auto word = words[first - 1].text;
    if (ends_sentence(word)) break;
    if (!starts_upper(word) && !is_one_of(word, kConnectors)) break;
    --first;
  }
  while (first < last &&
         (is_one_of(words[first].text, kSignals) || is_one_of(words[first].text, kConnectors)))
    ++first;
  return first;
}

}  // namespace

CaseName read_case_name(std::string_view text, std::size_t cite_begin, std::size_t floor) {
  CaseName name;
  std::size_t end = skip_back(text, cite_begin, floor);
  // "(2009)" between the name and the cite.
  if (end >= floor + 6 && text[end - 1] == ')' && text[end - 6] == '(' &&
      std::all_of(text.begin() + static_cast<std::ptrdiff_t>(end - 5),
                  text.begin() + static_cast<std::ptrdiff_t>(end - 1),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    name.year = std::string(text.substr(end - 5, 4));
    end = skip_back(text, end - 6, floor);
  }
  const auto words = words_in(text, stretch_start(text, end, floor), end);
  for (std::size_t v = words.size(); v-- > 0;) {
    const auto word = words[v].text;
    const bool versus = word == "v." || word == "v" || word == "vs." || word == "vs";
    const bool in_re = (word == "re" || word == "parte") && v > 0 &&
                       (words[v - 1].text == "In" || words[v - 1].text == "in" ||
                        words[v - 1].text == "Ex" || words[v - 1].text == "ex");
    if ((!versus && !in_re) || v + 1 >= words.size()) continue;
    name.defendant = joined(words, v + 1, words.size());
    if (in_re) {
      name.begin = words[v - 1].begin;
    } else {
      const std::size_t first = party_start(words, v);
      if (first == v) return CaseName{};  // "v. Bar": no plaintiff, not a name we can trust
      name.plaintiff = joined(words, first, v);
      name.begin = words[first].begin;
    }
    name.found = true;
    return name;
  }
  return CaseName{{}, {}, name.year, 0, false};
}

std::string name_before(std::string_view text, std::size_t pos, std::size_t floor,
                        std::size_t& begin) {
  begin = pos;
  const std::size_t end = skip_back(text, pos, floor);
  const auto words = words_in(text, stretch_start(text, end, floor), end);
  // Capitalized words only (no numbers: "494. Roe, supra" names Roe), and only the last may
  // end with a period: one further left most likely ends the sentence before.
  std::size_t first = words.size();
  while (first > 0 && words.size() - first < 4) {
    const auto word = words[first - 1].text;
    if (!std::isupper(static_cast<unsigned char>(word[0]))) break;
    if (first < words.size() && word.ends_with('.')) break;
    --first;
  }
  while (first < words.size() && is_one_of(words[first].text, kSignals)) ++first;
  if (first == words.size()) return {};
  begin = words[first].begin;
  return joined(words, first, words.size());
}

}  // namespace strata::legal::us
