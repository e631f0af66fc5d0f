#include "punctuation_marks.hpp"

#include <algorithm>

#include "polarity.hpp"

namespace strata::sentiment {
namespace {

std::size_t count_between(const std::vector<Offset>& offsets, Offset begin, Offset end) {
  const auto first = std::lower_bound(offsets.begin(), offsets.end(), begin);
  return static_cast<std::size_t>(std::lower_bound(first, offsets.end(), end) - first);
}

}  // namespace

void PunctuationMarks::find(std::string_view text) {
  exclamations_.clear();
  questions_.clear();
  // One search per mark: find(char) is memchr, which skips the long runs without it far
  // quicker than a test of every byte (find_first_of tests every byte against the set).
  for (std::size_t at = text.find('!'); at != std::string_view::npos; at = text.find('!', at + 1)) {
    exclamations_.push_back(static_cast<Offset>(at));
  }
  for (std::size_t at = text.find('?'); at != std::string_view::npos; at = text.find('?', at + 1)) {
    questions_.push_back(static_cast<Offset>(at));
  }
}

double PunctuationMarks::emphasis(Offset begin, Offset end) const {
  return emphasis_of(count_between(exclamations_, begin, end),
                     count_between(questions_, begin, end));
}

}  // namespace strata::sentiment
