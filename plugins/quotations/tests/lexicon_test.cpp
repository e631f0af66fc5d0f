#include "lexicon.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "strata/error.hpp"

namespace strata::quotations {
namespace {

// The tokens folded, and views of them as the finder hands them to the lexicon.
struct Folded {
  explicit Folded(std::initializer_list<std::string_view> tokens) {
    for (const std::string_view token : tokens) forms.push_back(fold_token(token));
    views.assign(forms.begin(), forms.end());
  }
  std::vector<std::string> forms;
  std::vector<std::string_view> views;
};

TEST(Lexicon, MatchesTheLongestPhraseAtAToken) {
  PhraseList list;
  list.add("fatto");
  list.add("fatto sapere");
  list.add("l'agenzia");
  const Folded folded({"ha", "Fatto", "sapere", "che", "L’", "agenzia"});
  const auto& tokens = folded.views;
  EXPECT_EQ(list.match_at(tokens, 0), 0u);
  EXPECT_EQ(list.match_at(tokens, 1), 2u);
  EXPECT_EQ(list.match_at(tokens, 4), 2u);  // typographic apostrophe, any case
  EXPECT_EQ(list.match_at(tokens, 6), 0u);  // past the end
}

TEST(Lexicon, ReadsSections) {
  Lexicon lexicon;
  const std::vector<std::string> lines = {"# comment", "[cues]",  "detto",
                                          "",          "[roles]", "il ministro"};
  lexicon.add_lines(lines, "test.txt");
  const Folded folded({"il", "ministro", "ha", "detto"});
  const auto& tokens = folded.views;
  EXPECT_EQ(lexicon[Section::roles].match_at(tokens, 0), 2u);
  EXPECT_EQ(lexicon[Section::cues].match_at(tokens, 3), 1u);
  EXPECT_EQ(lexicon[Section::cues].match_at(tokens, 0), 0u);
}

TEST(Lexicon, BadLinesNameFileAndLine) {
  Lexicon lexicon;
  const std::vector<std::string> orphan = {"detto"};
  EXPECT_THROW(lexicon.add_lines(orphan, "a.txt"), Error);
  const std::vector<std::string> unknown = {"[verbs]", "detto"};
  try {
    lexicon.add_lines(unknown, "b.txt");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "b.txt:1: unknown section '[verbs]'");
  }
}

TEST(Lexicon, TheShippedLexiconsRead) {
  for (const char* name : {"lexicon-it.txt", "lexicon-en.txt"}) {
    std::ifstream in(std::filesystem::path(QUOTATIONS_RESOURCE_DIR) / name);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    ASSERT_FALSE(lines.empty()) << name;
    Lexicon lexicon;
    EXPECT_NO_THROW(lexicon.add_lines(lines, name));
    EXPECT_FALSE(lexicon[Section::cues].empty());
  }
}

}  // namespace
}  // namespace strata::quotations
