#include "attribute_agreement.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <set>

#include "strata/case_folding.hpp"

namespace strata::host {
namespace {

// Words that many different names share, so sharing one says nothing about who is meant.
// Case-folded.
constexpr std::string_view kNotNameWords[] = {
    "mr",    "mrs", "ms",    "miss", "mister", "dr",    "prof", "sir",    "lord",  "lady",
    "saint", "san", "santa", "il",   "lo",     "la",    "i",    "gli",    "le",    "un",
    "una",   "di",  "de",    "del",  "della",  "dello", "dei",  "degli",  "delle", "da",
    "dal",   "von", "van",   "der",  "the",    "of",    "and",  "signor", "sig",   "dott"};

constexpr std::size_t kShortestNameWord = 3;  // letters

// Calls `visit(code_point, begin, end)` for each code point of UTF-8 `text`, with its bytes'
// place; an invalid sequence comes as a negative code point.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit visit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t begin = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    visit(c, static_cast<std::size_t>(begin), static_cast<std::size_t>(i));
  }
}

// The runs of letters of folded `text` worth comparing as parts of a name.
std::set<std::string> name_words(const std::string& folded) {
  std::set<std::string> words;
  std::string word;
  std::size_t letters = 0;
  const auto end_word = [&] {
    const bool counts = letters >= kShortestNameWord &&
                        std::find(std::begin(kNotNameWords), std::end(kNotNameWords), word) ==
                            std::end(kNotNameWords);
    if (counts) words.insert(word);
    word.clear();
    letters = 0;
  };
  for_each_code_point(folded, [&](UChar32 c, std::size_t begin, std::size_t end) {
    if (c >= 0 && u_isalpha(c)) {
      word.append(folded, begin, end - begin);
      ++letters;
    } else {
      end_word();
    }
  });
  end_word();
  return words;
}

}  // namespace

std::optional<AttributeMatch> parse_attribute_match(std::string_view name) {
  if (name == "exact") return AttributeMatch::exact;
  if (name == "name") return AttributeMatch::name;
  return std::nullopt;
}

std::string normalized_value(std::string_view value) {
  const std::string folded = fold_case(value);
  std::string result;
  bool space_pending = false;
  for_each_code_point(folded, [&](UChar32 c, std::size_t begin, std::size_t end) {
    if (c >= 0 && u_isUWhiteSpace(c)) {
      space_pending = !result.empty();
      return;
    }
    if (space_pending) result += ' ';
    space_pending = false;
    result.append(folded, begin, end - begin);
  });
  return result;
}

bool values_agree(std::string_view gold, std::string_view predicted, AttributeMatch match) {
  const std::string expected = normalized_value(gold);
  const std::string found = normalized_value(predicted);
  if (expected == found) return true;
  if (match == AttributeMatch::exact) return false;
  const auto expected_words = name_words(expected);
  const auto found_words = name_words(found);
  return std::any_of(expected_words.begin(), expected_words.end(),
                     [&](const std::string& word) { return found_words.count(word) > 0; });
}

}  // namespace strata::host
