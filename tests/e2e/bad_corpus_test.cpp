// A corpus mixing good documents with every kind of bad file: the run finishes, every good
// document is written, every bad one is named in the manifest with why, and the exit code is 1.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

namespace fs = std::filesystem;

// A text of about `bytes` bytes, in long words so that its tokens stay few: big, yet quick.
std::string huge_text(std::size_t bytes) {
  const std::string line =
      "Precipitevolissimevolmente sovraintendentessa elettroencefalografista.\n";
  std::string text;
  text.reserve(bytes + line.size());
  while (text.size() < bytes) text += line;
  return text;
}

class BadCorpus : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    const fs::path in = dir_ / "in";
    write_file(in / "good-1.txt", "Il governo si riunisce a Roma.\n");
    write_file(in / "good-2.txt", "The summit opens in Geneva on Monday.\n");
    fs::copy_file(source_dir() / "tests" / "data" / "tei-foreign" / "letter.xml",
                  in / "letter.xml");
    write_file(in / "zero.txt", "");
    write_file(in / "blank.txt", " \n\t\n");
    write_file(in / "binary.txt", std::string("abc\0def\0\x01\x02", 10));
    write_file(in / "latin1.txt", "caf\xe9 au lait\n");
    write_file(in / "broken.xml", "<TEI><text><body><p>cut</p");
    write_file(in / "other.json", R"({"not": "a strata document"})");
    write_file(in / "locked.txt", "Nobody may read this.\n");
    fs::permissions(in / "locked.txt", fs::perms::none);
    fs::create_symlink(dir_ / "nowhere.txt", in / "link.txt");
    fs::create_symlink("loop.txt", in / "loop.txt");
    ::mkfifo((in / "pipe.txt").c_str(), 0600);  // read, it would wait for a writer forever
  }

  // The manifest's lines by document.
  std::map<std::string, nlohmann::json> manifest() const {
    std::map<std::string, nlohmann::json> entries;
    std::istringstream lines(read_file(dir_ / "out" / "strata-manifest.jsonl"));
    for (std::string line; std::getline(lines, line);) {
      auto entry = nlohmann::json::parse(line);
      entries[entry.at("document").get<std::string>()] = entry;
    }
    return entries;
  }

  void expect_failed(const std::string& document, const std::string& error) {
    auto entries = manifest();
    ASSERT_TRUE(entries.contains(document)) << document;
    EXPECT_EQ(entries[document]["status"], "failed") << document;
    const std::string recorded = entries[document]["error"];
    EXPECT_NE(recorded.find(error), std::string::npos) << document << ": " << recorded;
    EXPECT_FALSE(fs::exists(dir_ / "out" / fs::path(document).replace_extension(".xml")));
  }

  ProcessResult annotate() {
    std::vector<std::string> arguments{
        "annotate", (dir_ / "in").string(), "-o", (dir_ / "out").string(), "-p", "tokens", "-j",
        "2"};
    if (GetParam()) arguments.push_back("--isolate");
    return run_strata(arguments);
  }

  ScratchDir dir_;
};

TEST_P(BadCorpus, GoodDocumentsAreWrittenAndBadOnesNamed) {
  // 50 MB: reading, annotating and writing it must not disturb the others.
  if (!GetParam()) write_file(dir_ / "in" / "huge.txt", huge_text(50'000'000));
  const auto result = annotate();
  EXPECT_EQ(result.exit_code, 1) << result.err;

  std::vector<std::string> good{"good-1.txt", "good-2.txt", "letter.xml"};
  if (!GetParam()) good.push_back("huge.txt");
  auto entries = manifest();
  for (const auto& document : good) {
    EXPECT_EQ(entries[document]["status"], "ok") << document << ": " << entries[document];
    const auto output = dir_ / "out" / fs::path(document).replace_extension(".xml");
    ASSERT_TRUE(fs::exists(output)) << output;
  }
  if (!GetParam()) {
    EXPECT_GT(fs::file_size(dir_ / "out" / "huge.xml"), 50'000'000u);
  }

  expect_failed("zero.txt", "empty file");
  expect_failed("blank.txt", "no text (only whitespace)");
  expect_failed("binary.txt", "binary data (NUL byte) at byte 3");
  expect_failed("latin1.txt", "invalid UTF-8 at byte 3");
  expect_failed("broken.xml", "not well-formed XML");
  expect_failed("other.json", "missing \"text\"");
  expect_failed("link.txt", "No such file or directory");
  expect_failed("loop.txt", "Too many levels of symbolic links");
  expect_failed("pipe.txt", "not a regular file");
  // Root reads a file whatever its permissions: there it is a good document.
  if (::geteuid() != 0) expect_failed("locked.txt", "Permission denied");
  const std::size_t bad = ::geteuid() != 0 ? 10 : 9;
  EXPECT_EQ(entries.size(), good.size() + 10);
  EXPECT_NE(result.err.find(std::to_string(bad) + " of " + std::to_string(entries.size()) +
                            " documents failed"),
            std::string::npos)
      << result.err;
}

INSTANTIATE_TEST_SUITE_P(ThreadsAndProcesses, BadCorpus, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "Isolated" : "Threads"; });

}  // namespace
}  // namespace strata::testing
