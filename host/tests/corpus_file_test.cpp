#include "corpus_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "strata/document.hpp"
#include "strata/error.hpp"
#include "strata/formats/tei_writer.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

std::string tei_of(const std::string& id, const std::string& text) {
  std::ostringstream out;
  formats::write_tei(Document(id, text), {"0.1.0", "2026-01-01T00:00:00Z", {}}, out);
  return std::move(out).str();
}

std::string content_of(const fs::path& file) {
  std::ifstream in(file);
  std::ostringstream content;
  content << in.rdbuf();
  return std::move(content).str();
}

void add(CorpusFile& corpus, std::size_t job, const std::string& tei) {
  std::istringstream in(tei);
  corpus.add(job, in);
}

fs::path test_file() {
  return fs::temp_directory_path() / ("strata-corpus-test-" + std::to_string(::getpid())) / "c.xml";
}

TEST(CorpusFile, WritesTheDocumentsAddedInJobOrder) {
  const fs::path file = test_file();
  CorpusFile corpus({"0.1.0", "2026-01-01T00:00:00Z", {}});
  add(corpus, 2, tei_of("three", "Tre."));
  add(corpus, 0, tei_of("one", "Uno."));  // job 1 failed: it has no document
  ASSERT_TRUE(corpus.write(file));
  const std::string xml = content_of(file);
  EXPECT_NE(xml.find("<title>Corpus of 2 documents</title>"), std::string::npos);
  EXPECT_LT(xml.find("Uno."), xml.find("Tre."));
  // A document's ids are numbered by its job, whatever failed before it.
  EXPECT_NE(xml.find("xml:id=\"d1."), std::string::npos);
  EXPECT_NE(xml.find("xml:id=\"d3."), std::string::npos);
  EXPECT_EQ(xml.find("xml:id=\"d2."), std::string::npos);
  fs::remove_all(file.parent_path());
}

TEST(CorpusFile, WritesNothingWithoutDocuments) {
  const fs::path file = test_file();
  CorpusFile corpus({"0.1.0", "2026-01-01T00:00:00Z", {}});
  EXPECT_FALSE(corpus.write(file));
  EXPECT_FALSE(fs::exists(file));
}

TEST(CorpusFile, RefusesWhatIsNotTei) {
  CorpusFile corpus({"0.1.0", "2026-01-01T00:00:00Z", {}});
  EXPECT_THROW(add(corpus, 0, "<html/>"), Error);
  EXPECT_THROW(add(corpus, 0, "<TEI>"), Error);
}

// What a document that fails part way has copied stays out of the corpus.
TEST(CorpusFile, ADocumentThatFailsPartWayLeavesNothing) {
  const fs::path file = test_file();
  CorpusFile corpus({"0.1.0", "2026-01-01T00:00:00Z", {}});
  EXPECT_THROW(add(corpus, 0, "<TEI><text>Half</TEI>"), Error);
  add(corpus, 1, tei_of("two", "Due."));
  ASSERT_TRUE(corpus.write(file));
  const std::string xml = content_of(file);
  EXPECT_EQ(xml.find("Half"), std::string::npos);
  EXPECT_NE(xml.find("Due."), std::string::npos);
  EXPECT_NE(xml.find("<title>Corpus of 1 documents</title>"), std::string::npos);
  fs::remove_all(file.parent_path());
}

// Workers add their documents side by side.
TEST(CorpusFile, TakesDocumentsFromSeveralThreads) {
  const fs::path file = test_file();
  CorpusFile corpus({"0.1.0", "2026-01-01T00:00:00Z", {}});
  std::vector<std::thread> workers;
  for (std::size_t w = 0; w < 4; ++w) {
    workers.emplace_back([&corpus, w] {
      for (std::size_t job = w; job < 40; job += 4) {
        add(corpus, job, tei_of("doc" + std::to_string(job), "Testo " + std::to_string(job) + "."));
      }
    });
  }
  for (auto& worker : workers) worker.join();
  ASSERT_TRUE(corpus.write(file));
  const std::string xml = content_of(file);
  std::size_t at = 0;
  for (std::size_t job = 0; job < 40; ++job) {
    const std::size_t found = xml.find("Testo " + std::to_string(job) + ".", at);
    ASSERT_NE(found, std::string::npos) << job;
    at = found;
  }
  fs::remove_all(file.parent_path());
}

}  // namespace
}  // namespace strata::host
