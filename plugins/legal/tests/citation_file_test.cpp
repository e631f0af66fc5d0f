// Runs the scanner over tests/data/citations-it.tsv and reports every identifier missed or
// extra, line by line.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "strata/file.hpp"
#include "test_scanner.hpp"

namespace strata::legal {
namespace {

std::vector<std::string> sorted_words(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string word; in >> word;) {
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    words.push_back(word);
  }
  std::sort(words.begin(), words.end());
  return words;
}

TEST(CitationFile, FindsEveryIdentifierOfOurTestFile) {
  std::istringstream lines(read_file(LEGAL_TEST_DATA_DIR "/citations-it.tsv"));
  std::size_t number = 0;
  std::size_t cases = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << "citations-it.tsv:" << number << ": no tab";
    ++cases;
    const std::string text = line.substr(0, tab);
    EXPECT_EQ(sorted_words(ids_of(text)), sorted_words(line.substr(tab + 1)))
        << "citations-it.tsv:" << number << ": " << text << "\n  found: " << ids_of(text);
  }
  EXPECT_GE(cases, 60u);
}

}  // namespace
}  // namespace strata::legal
