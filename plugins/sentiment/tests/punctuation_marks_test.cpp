// The marks found once give each stretch of text the emphasis a count over it would.
#include "punctuation_marks.hpp"

#include <gtest/gtest.h>

#include "polarity.hpp"

namespace strata::sentiment {
namespace {

TEST(PunctuationMarks, EveryStretchHasTheEmphasisOfItsOwnText) {
  const std::string_view text = "Good!! Really?? No!!!!!? Why???? Fine.";
  const PunctuationMarks marks(text);
  for (Offset begin = 0; begin <= text.size(); ++begin) {
    for (Offset end = begin; end <= text.size(); ++end) {
      EXPECT_EQ(marks.emphasis(begin, end), punctuation_emphasis(text.substr(begin, end - begin)))
          << begin << ".." << end;
    }
  }
}

TEST(PunctuationMarks, ATextWithoutMarksHasNoEmphasis) {
  EXPECT_EQ(PunctuationMarks("Calm words.").emphasis(0, 11), 0.0);
  EXPECT_EQ(PunctuationMarks("").emphasis(0, 0), 0.0);
}

TEST(PunctuationMarks, FindingAnotherTextForgetsTheMarksOfTheLast) {
  PunctuationMarks marks("Wow!!! Really??");
  EXPECT_GT(marks.emphasis(0, 15), 0.0);
  marks.find("Calm words, calm words.");
  EXPECT_EQ(marks.emphasis(0, 23), 0.0);
  marks.find("Yes!");
  EXPECT_EQ(marks.emphasis(0, 4), PunctuationMarks("Yes!").emphasis(0, 4));
}

}  // namespace
}  // namespace strata::sentiment
