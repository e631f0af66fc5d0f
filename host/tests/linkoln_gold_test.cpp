#include "linkoln_gold.hpp"

#include <gtest/gtest.h>

#include "temp_file.hpp"

namespace strata::host {
namespace {

std::string error_of(const std::string& content) {
  return setup_error_of(read_linkoln_corpus, content);
}

TEST(LinkolnGold, ReadsARowADocumentKeyedByLine) {
  const TempFile file("linkoln.jsonl",
                      "{\"text\": \"legge n. 52 del 1996\", \"gold_ids\": "
                      "[\"urn:nir:stato:legge:1996;52\"], \"linkoln_0.8\": []}\n"
                      "\n"
                      "{\"text\": \"Artt. 2 e 7 L. 118/1971\", \"gold_ids\": [\"a\", \"b\"]}\n");
  const ScoredCorpus corpus = read_linkoln_corpus(file.path());
  ASSERT_EQ(corpus.size(), 2u);
  EXPECT_EQ(corpus.at("0001").text, "legge n. 52 del 1996");
  EXPECT_EQ(corpus.at("0001").ids, std::vector<std::string>{"urn:nir:stato:legge:1996;52"});
  EXPECT_TRUE(corpus.at("0001").spans.empty());
  EXPECT_EQ(corpus.at("0003").ids.size(), 2u);
}

TEST(LinkolnGold, BadLinesNameFileAndLine) {
  EXPECT_EQ(error_of("{\"text\": \"a\", \"gold_ids\": []}\n{\"text\": 3, \"gold_ids\": []}\n"),
            "2: no string \"text\"");
  EXPECT_EQ(error_of("{\"text\": \"a\"}\n"), "1: no array \"gold_ids\"");
  EXPECT_EQ(error_of("{\"text\": \"a\", \"gold_ids\": [1]}\n"),
            "1: a gold id that is not a string");
  EXPECT_EQ(error_of("[1, 2]\n"), "1: not a JSON object");
  EXPECT_EQ(error_of("\n\n"), " no rows");
  EXPECT_EQ(error_of("{\"text\": \n").substr(0, 3), "1: ");
}

}  // namespace
}  // namespace strata::host
