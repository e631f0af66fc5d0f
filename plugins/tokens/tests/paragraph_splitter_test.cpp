#include "paragraph_splitter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace strata::tokens {
namespace {

std::vector<std::string> paragraphs(std::string_view text, ParagraphMode mode) {
  std::vector<std::string> out;
  for (const Span& p : split_paragraphs(text, mode)) {
    out.emplace_back(text.substr(p.begin, p.end - p.begin));
  }
  return out;
}

using Texts = std::vector<std::string>;

TEST(ParagraphSplitter, ParsesModeNames) {
  EXPECT_EQ(parse_paragraph_mode("auto"), ParagraphMode::automatic);
  EXPECT_EQ(parse_paragraph_mode("blank-lines"), ParagraphMode::blank_lines);
  EXPECT_EQ(parse_paragraph_mode("lines"), ParagraphMode::lines);
  EXPECT_EQ(parse_paragraph_mode("Lines"), std::nullopt);
  EXPECT_EQ(parse_paragraph_mode(""), std::nullopt);
}

TEST(ParagraphSplitter, BlankLinesSeparateParagraphs) {
  const std::string text = "  Primo paragrafo,\nseconda riga.  \n \t \nSecondo.\n\n\n\nTerzo.\n";
  EXPECT_EQ(paragraphs(text, ParagraphMode::blank_lines),
            (Texts{"Primo paragrafo,\nseconda riga.", "Secondo.", "Terzo."}));
  EXPECT_EQ(paragraphs(text, ParagraphMode::automatic),
            paragraphs(text, ParagraphMode::blank_lines));
}

TEST(ParagraphSplitter, LinesModeMakesEveryLineAParagraph) {
  const std::string text = "Titolo\nPrima riga.\n\n  Seconda riga. \n";
  EXPECT_EQ(paragraphs(text, ParagraphMode::lines),
            (Texts{"Titolo", "Prima riga.", "Seconda riga."}));
}

TEST(ParagraphSplitter, AutoUsesLinesWithoutABlankLineBetweenText) {
  EXPECT_EQ(paragraphs("Titolo\nUno.\nDue.", ParagraphMode::automatic),
            (Texts{"Titolo", "Uno.", "Due."}));
  // Blank lines only around the text separate nothing.
  EXPECT_EQ(paragraphs("\n\nTitolo\nUno.\n\n", ParagraphMode::automatic),
            (Texts{"Titolo", "Uno."}));
}

TEST(ParagraphSplitter, UnicodeSpacesAreTrimmedAndMakeLinesBlank) {
  const std::string text = "\u00A0Uno\u2003\n\u3000\u00A0\nDue\u202F";
  EXPECT_EQ(paragraphs(text, ParagraphMode::automatic), (Texts{"Uno", "Due"}));
}

TEST(ParagraphSplitter, EmptyAndBlankTexts) {
  EXPECT_TRUE(split_paragraphs("", ParagraphMode::automatic).empty());
  EXPECT_TRUE(split_paragraphs(" \n\n \t", ParagraphMode::blank_lines).empty());
  EXPECT_TRUE(split_paragraphs("\n", ParagraphMode::lines).empty());
}

}  // namespace
}  // namespace strata::tokens
