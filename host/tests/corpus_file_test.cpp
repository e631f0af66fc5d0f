#include "corpus_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "strata/document.hpp"
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

TEST(CorpusFile, WritesTheDocumentsThatAreThereInOrder) {
  const fs::path file =
      fs::temp_directory_path() / ("strata-corpus-test-" + std::to_string(::getpid())) / "c.xml";
  const formats::RunInfo run{"0.1.0", "2026-01-01T00:00:00Z", {}};
  ASSERT_TRUE(
      write_corpus_file(file, {tei_of("one", "Uno."), std::nullopt, tei_of("two", "Due.")}, run));
  const std::string xml = content_of(file);
  EXPECT_NE(xml.find("<title>Corpus of 2 documents</title>"), std::string::npos);
  EXPECT_LT(xml.find("Uno."), xml.find("Due."));
  fs::remove_all(file.parent_path());
  EXPECT_FALSE(write_corpus_file(file, {std::nullopt}, run));
  EXPECT_FALSE(fs::exists(file));
}

}  // namespace
}  // namespace strata::host
