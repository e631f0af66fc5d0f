#include "eval_corpus.hpp"

#include <gtest/gtest.h>

#include "temp_file.hpp"

namespace strata::host {
namespace {

// Three one-token sentences, then a -DOCSTART- and two more.
const char* const kGold =
    "Roma\tB-LOC\n\nPiove\tO\n\nONU\tB-ORG\n\n-DOCSTART-\tO\n\nRossi\tB-PER\n\nSole\tO\n";

std::vector<std::string> keys(const ScoredCorpus& corpus) {
  std::vector<std::string> result;
  for (const auto& [key, document] : corpus) result.push_back(key);
  return result;
}

TEST(ReadConllCorpus, DocstartMarksCutDocuments) {
  const TempFile file("wn.tsv", kGold);
  const auto corpus = read_conll_corpus({file.path()}, 0);
  const std::string stem = file.path().stem().string();
  ASSERT_EQ(keys(corpus), (std::vector<std::string>{stem + "-0001", stem + "-0002"}));
  EXPECT_EQ(corpus.at(stem + "-0001").text, "Roma\nPiove\nONU\n");
  EXPECT_EQ(corpus.at(stem + "-0002").text, "Rossi\nSole\n");
  // Offsets start again in each document.
  ASSERT_EQ(corpus.at(stem + "-0002").spans.size(), 1u);
  EXPECT_EQ(corpus.at(stem + "-0002").spans[0].begin, 0u);
  EXPECT_EQ(corpus.at(stem + "-0001").spans[1].begin, 11u);  // ONU
}

TEST(ReadConllCorpus, DocumentSentencesCutLongDocuments) {
  const TempFile file("wn.tsv", kGold);
  const auto corpus = read_conll_corpus({file.path()}, 2);
  const std::string stem = file.path().stem().string();
  ASSERT_EQ(corpus.size(), 3u);
  EXPECT_EQ(corpus.at(stem + "-0001").text, "Roma\nPiove\n");
  EXPECT_EQ(corpus.at(stem + "-0002").text, "ONU\n");  // the mark restarts the count
  EXPECT_EQ(corpus.at(stem + "-0003").text, "Rossi\nSole\n");
}

TEST(ReadConllCorpus, UnmarkedFileIsOneDocumentByDefault) {
  const TempFile file("one.tsv", "Roma\tB-LOC\n\nPiove\tO\n");
  const auto corpus = read_conll_corpus({file.path()}, 0);
  ASSERT_EQ(keys(corpus), (std::vector<std::string>{file.path().stem().string()}));
  EXPECT_EQ(corpus.begin()->second.text, "Roma\nPiove\n");
}

}  // namespace
}  // namespace strata::host
