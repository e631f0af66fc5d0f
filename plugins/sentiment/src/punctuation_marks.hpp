// Where a text's '!' and '?' are, found once for all its sentences.
#pragma once

#include <string_view>
#include <vector>

#include "strata/document.hpp"

namespace strata::sentiment {

// The offsets of a document's '!' and '?', found in one pass: the emphasis of every sentence and
// of the whole text is then counted without reading the text again (it was read twice per
// sentence and twice more for the document).
class PunctuationMarks {
 public:
  PunctuationMarks() = default;
  explicit PunctuationMarks(std::string_view text) { find(text); }

  // Finds the marks of `text`, in place of those found before.
  void find(std::string_view text);

  // punctuation_emphasis of the text's [begin, end).
  double emphasis(Offset begin, Offset end) const;

 private:
  std::vector<Offset> exclamations_;
  std::vector<Offset> questions_;
};

}  // namespace strata::sentiment
