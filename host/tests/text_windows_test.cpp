#include "text_windows.hpp"

#include <gtest/gtest.h>

#include <string>

namespace strata::host {
namespace {

// The windows themselves, for reading the expectations.
std::vector<std::string> windows(std::string_view text, std::size_t size) {
  std::vector<std::string> pieces;
  Offset begin = 0;
  for (Offset end : window_ends(text, size)) {
    pieces.emplace_back(text.substr(begin, end - begin));
    begin = end;
  }
  return pieces;
}

using Pieces = std::vector<std::string>;

TEST(TextWindows, AShortTextIsOneWindow) {
  EXPECT_EQ(windows("Uno. Due.", 9), Pieces{"Uno. Due."});
  EXPECT_EQ(windows("", 4), Pieces{""});
}

TEST(TextWindows, CutsAfterTheLastParagraphBreakInTheSecondHalf) {
  // The break with a blank on its empty line, in bytes 10-19, wins over the later line ends.
  EXPECT_EQ(windows("aaa\n\nbbbb\n \ncc\ndd\nee\n\nff", 20),
            (Pieces{"aaa\n\nbbbb\n \n", "cc\ndd\nee\n\nff"}));
  // Of two breaks in the second half, the later.
  EXPECT_EQ(windows("aaaaaaaaaa\n\nb\n\ncccccccc", 20),
            (Pieces{"aaaaaaaaaa\n\nb\n\n", "cccccccc"}));
}

TEST(TextWindows, IgnoresABreakInTheFirstHalf) {
  EXPECT_EQ(windows("a\n\nbbbbbb\ncccccccc", 16), (Pieces{"a\n\nbbbbbb\n", "cccccccc"}));
}

TEST(TextWindows, FallsBackToALineEndThenASpace) {
  EXPECT_EQ(windows("aaaaa\nbbbbb\nccccc", 14), (Pieces{"aaaaa\nbbbbb\n", "ccccc"}));
  EXPECT_EQ(windows("aaaaa bbbbb ccccc", 14), (Pieces{"aaaaa bbbbb ", "ccccc"}));
}

TEST(TextWindows, KeepsTheWhiteSpaceAfterACutWithTheWindowBefore) {
  EXPECT_EQ(windows("aaaa\n\n\n\n  bb", 7), (Pieces{"aaaa\n\n\n\n  ", "bb"}));
  // Nothing but white space after the cut: one window.
  EXPECT_EQ(windows("aaaa\n\n\n\n\n\n\n", 7), Pieces{"aaaa\n\n\n\n\n\n\n"});
}

TEST(TextWindows, WithoutWhiteSpaceCutsBetweenCharacters) {
  // "è" is two bytes: a cut at 7 would split the third one.
  const std::string text = "èèèèèèèè";
  EXPECT_EQ(windows(text, 7), (Pieces{"èèè", "èèè", "èè"}));
}

// A cut between two code points split a letter from its accents and an emoji from its skin tone:
// the next window's first token began with the accent or the tone.
TEST(TextWindows, WithoutWhiteSpaceCutsBetweenUserPerceivedCharacters) {
  std::string marked;  // "x" with two combining marks, 5 bytes
  for (int i = 0; i < 10; ++i) marked += "x\xCC\xA3\xCC\x81";
  for (const std::string& window : windows(marked, 12)) {
    EXPECT_EQ(window.size() % 5, 0u);
    EXPECT_EQ(window.front(), 'x');
  }
  std::string emoji;  // woman, medium skin tone, ZWJ, laptop: 15 bytes
  for (int i = 0; i < 6; ++i)
    emoji += "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x92\xBB";
  for (const std::string& window : windows(emoji, 40)) EXPECT_EQ(window.size() % 15, 0u);
  // A letter with more marks than a window holds is still cut, between code points.
  std::string endless = "x";
  for (int i = 0; i < 20; ++i) endless += "\xCC\x81";
  EXPECT_EQ(windows(endless, 16).size(), 3u);
}

TEST(TextWindows, EveryWindowButItsTrailingWhiteSpaceFitsTheSize) {
  std::string text;
  for (int i = 0; i < 500; ++i) {
    text += "Frase numero " + std::to_string(i) + (i % 7 == 0 ? ".\n\n" : i % 3 ? ". " : ".\n");
  }
  const std::vector<Offset> ends = window_ends(text, 256);
  EXPECT_GT(ends.size(), 20u);
  EXPECT_EQ(ends.back(), text.size());
  Offset begin = 0;
  for (Offset end : ends) {
    ASSERT_GT(end, begin);
    std::string_view window = std::string_view(text).substr(begin, end - begin);
    while (!window.empty() && (window.back() == '\n' || window.back() == ' ')) {
      window.remove_suffix(1);
    }
    EXPECT_LE(window.size(), 256u);
    if (end != text.size()) {
      EXPECT_EQ(text.substr(end - 2, 2), "\n\n");  // a paragraph break fits in every half
    }
    begin = end;
  }
}

}  // namespace
}  // namespace strata::host
