// strata annotate --isolate: a plugin that crashes the process fails only the document it was on;
// the run goes on with a new worker and the manifest names the document, the plugin and the
// signal.
#include <gtest/gtest.h>

#include <csignal>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

// The manifest's lines by document.
std::map<std::string, nlohmann::json> manifest_by_document(const std::filesystem::path& file) {
  std::map<std::string, nlohmann::json> entries;
  std::istringstream lines(read_file(file));
  for (std::string line; std::getline(lines, line);) {
    auto entry = nlohmann::json::parse(line);
    entries[entry.at("document").get<std::string>()] = entry;
  }
  return entries;
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

class Isolate : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 6; ++i) {
      write_file(dir_ / "in" / ("good-" + std::to_string(i) + ".txt"),
                 "Good text number " + std::to_string(i) + ".\n");
    }
    write_file(dir_ / "in" / "segv.txt", "This one says SEGV_HERE.\n");
    write_file(dir_ / "in" / "abort.txt", "This one says ABORT_HERE.\n");
  }

  ProcessResult annotate(std::vector<std::string> extra) {
    std::vector<std::string> arguments{"annotate",
                                       (dir_ / "in").string(),
                                       "-o",
                                       (dir_ / "out").string(),
                                       "-p",
                                       "tokens,crasher",
                                       "--plugin-path",
                                       fixture_plugin_dir().string()};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return run_strata(arguments);
  }

  ScratchDir dir_;
};

// exit(0) from a plugin mid-run ended strata with 0 and nothing written.
TEST_F(Isolate, APluginThatCallsExitDoesNotEndTheRunInSuccess) {
  write_file(dir_ / "exit" / "exit.txt", "This one says EXIT_HERE.\n");
  const std::vector<std::string> arguments{"annotate",
                                           (dir_ / "exit").string(),
                                           "-o",
                                           (dir_ / "exit-out").string(),
                                           "-p",
                                           "tokens,crasher",
                                           "--plugin-path",
                                           fixture_plugin_dir().string()};
  const auto result = run_strata(arguments);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("strata: error: a plugin ended the program (it called exit) before "
                            "the run was done: plugin 'crasher' on document '"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("exit.txt'\n"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "exit-out" / "exit.xml"));

  std::vector<std::string> isolated = arguments;
  isolated.push_back("--isolate");
  // Under --isolate the worker alone ends, with the plugin's own code, and the run goes on.
  write_file(dir_ / "exit" / "ok.txt", "A good text.\n");
  const auto contained = run_strata(isolated);
  EXPECT_EQ(contained.exit_code, 1) << contained.err;
  EXPECT_NE(contained.err.find("exit.txt: the worker process crashed in plugin 'crasher': exit "
                               "code 0"),
            std::string::npos)
      << contained.err;
  EXPECT_EQ(contained.err.find("ended the program"), std::string::npos) << contained.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "exit-out" / "ok.xml"));
}

// Without --isolate a crash ends the run; it says in which plugin, on which document, and how to
// go on past it.
TEST_F(Isolate, ACrashWithoutIsolateNamesPluginAndDocument) {
  std::filesystem::remove(dir_ / "in" / "segv.txt");  // the fixture's SIGSEGV skips all handlers
  const auto result = annotate({"-j", "1"});
  EXPECT_EQ(result.exit_code, 128 + SIGABRT) << result.err;
  const std::string note = "strata: error: crashed (SIGABRT) in plugin 'crasher' on document '";
  const auto at = result.err.find(note);
  ASSERT_NE(at, std::string::npos) << result.err;
  const std::string line = result.err.substr(at, result.err.find('\n', at) - at);
  EXPECT_NE(line.find("abort.txt'; with --isolate, a crash fails only its document and the run "
                      "goes on"),
            std::string::npos)
      << line;
  EXPECT_EQ(count_of(result.err, "crashed ("), 1U) << result.err;
  // Under --isolate the worker's crash is the parent's to report, once.
  const auto isolated = annotate({"--isolate"});
  EXPECT_EQ(isolated.exit_code, 1) << isolated.err;
  EXPECT_EQ(isolated.err.find("crashed (SIGABRT)"), std::string::npos) << isolated.err;
}

// A plugin that overflows its stack leaves the handler no room on it: the handler has a stack of
// its own, on the main thread and on a worker's.
TEST_F(Isolate, AStackOverflowNamesPluginAndDocument) {
  std::filesystem::remove(dir_ / "in" / "segv.txt");
  std::filesystem::remove(dir_ / "in" / "abort.txt");
  write_file(dir_ / "in" / "overflow.txt", "This one says OVERFLOW_HERE.\n");
  for (const char* jobs : {"1", "2"}) {
    const auto result = annotate({"-j", jobs});
    // A sanitizer's handler, called after the note, ends the process in its own way.
    EXPECT_NE(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("strata: error: crashed (SIGSEGV) in plugin 'crasher' on document '"),
              std::string::npos)
        << "-j " << jobs << ": " << result.err;
    EXPECT_NE(result.err.find("overflow.txt'; with --isolate"), std::string::npos) << result.err;
  }
  const auto isolated = annotate({"--isolate"});
  EXPECT_EQ(isolated.exit_code, 1) << isolated.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "out" / "good-0.xml"));
}

// A plugin's debug print went into the document on standard output, and the run succeeded with
// broken JSON: what plugins print goes to standard error.
TEST_F(Isolate, WhatAPluginPrintsStaysOutOfTheDocuments) {
  write_file(dir_ / "print.txt", "This one says PRINT_HERE.\n");
  for (const bool isolated : {false, true}) {
    std::vector<std::string> arguments{
        "annotate",      (dir_ / "print.txt").string(), "-p", "tokens,crasher",
        "--plugin-path", fixture_plugin_dir().string(), "-f", "json"};
    if (isolated) arguments.push_back("--isolate");
    const auto result = run_strata(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(nlohmann::json::accept(result.out)) << result.out;
    EXPECT_NE(result.err.find("DEBUG from std::cout"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("DEBUG from printf"), std::string::npos) << result.err;
  }
  // A teiCorpus on standard output too.
  write_file(dir_ / "plain.txt", "A good text.\n");
  const auto corpus = run_strata(
      {"annotate", (dir_ / "print.txt").string(), (dir_ / "plain.txt").string(), "-p",
       "tokens,crasher", "--plugin-path", fixture_plugin_dir().string(), "--corpus-file", "-"});
  EXPECT_EQ(corpus.exit_code, 0) << corpus.err;
  EXPECT_EQ(corpus.out.find("DEBUG"), std::string::npos) << corpus.out;
  EXPECT_NE(corpus.out.find("</teiCorpus>"), std::string::npos) << corpus.out;
}

TEST_F(Isolate, CrashesFailOnlyTheirDocuments) {
  const auto result = annotate({"--isolate", "-j", "2"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("2 of 8 documents failed"), std::string::npos) << result.err;
  for (int i = 0; i < 6; ++i) {
    const auto output = dir_ / "out" / ("good-" + std::to_string(i) + ".xml");
    ASSERT_TRUE(std::filesystem::exists(output)) << output;
    EXPECT_NE(read_file(output).find("</TEI>"), std::string::npos) << output;
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out" / "segv.xml"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out" / "abort.xml"));

  auto manifest = manifest_by_document(dir_ / "out" / "strata-manifest.jsonl");
  ASSERT_EQ(manifest.size(), 8u);
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(manifest["good-" + std::to_string(i) + ".txt"]["status"], "ok");
  }
  EXPECT_EQ(manifest["segv.txt"]["status"], "failed");
  EXPECT_EQ(manifest["segv.txt"]["error"],
            "the worker process crashed in plugin 'crasher': SIGSEGV");
  EXPECT_EQ(manifest["abort.txt"]["status"], "failed");
  EXPECT_EQ(manifest["abort.txt"]["error"],
            "the worker process crashed in plugin 'crasher': SIGABRT");
  EXPECT_NE(result.err.find("segv.txt: the worker process crashed in plugin 'crasher': SIGSEGV"),
            std::string::npos)
      << result.err;
}

// A document annotated in windows is written as it goes: a crash in a later window leaves
// nothing of it behind, not even its temporary file.
TEST_F(Isolate, ACrashInALaterWindowLeavesNoTemporaryFile) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "Paragraph " + std::to_string(i) + " is fine.\n\n";
  write_file(dir_ / "in" / "segv.txt", text + "This one says SEGV_HERE.\n");
  const auto result = annotate({"--isolate", "-j", "1", "--window", "1K"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("segv.txt: the worker process crashed in plugin 'crasher': SIGSEGV"),
            std::string::npos)
      << result.err;
  std::vector<std::string> hidden;
  for (const auto& entry : std::filesystem::directory_iterator(dir_ / "out")) {
    if (entry.path().filename().string().starts_with(".")) {
      hidden.push_back(entry.path().filename().string());
    }
  }
  EXPECT_EQ(hidden, std::vector<std::string>{});
  EXPECT_EQ(output_files_below(dir_ / "out").size(), 6u);
}

// One worker: every crash needs a replacement for the documents after it.
TEST_F(Isolate, OneWorkerIsReplacedAfterEachCrash) {
  const auto result = annotate({"--isolate", "-j", "1"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("2 of 8 documents failed"), std::string::npos) << result.err;
  EXPECT_EQ(output_files_below(dir_ / "out").size(), 6u);
}

// Isolated or not, the documents that do not crash come out the same.
TEST_F(Isolate, SameOutputsAsThreads) {
  std::filesystem::remove(dir_ / "in" / "segv.txt");
  std::filesystem::remove(dir_ / "in" / "abort.txt");
  ASSERT_EQ(annotate({"--isolate", "-j", "2"}).exit_code, 0);
  const auto isolated = output_files_below(dir_ / "out");
  std::filesystem::remove_all(dir_ / "out");
  ASSERT_EQ(annotate({"-j", "2"}).exit_code, 0);
  EXPECT_EQ(output_files_below(dir_ / "out"), isolated);
}

// --corpus-file: the children's outputs come back to the parent, which writes the one file.
TEST_F(Isolate, CorpusFileCollectsTheChildrensOutputs) {
  std::vector<std::string> arguments{"annotate",
                                     (dir_ / "in").string(),
                                     "--corpus-file",
                                     (dir_ / "all.xml").string(),
                                     "-p",
                                     "tokens,crasher",
                                     "--plugin-path",
                                     fixture_plugin_dir().string(),
                                     "--isolate",
                                     "-j",
                                     "2"};
  const auto result = run_strata(arguments);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const std::string corpus = read_file(dir_ / "all.xml");
  EXPECT_EQ(count_of(corpus, "<TEI "), 6u);  // each with its language, "und" for these
  for (int i = 0; i < 6; ++i) {
    EXPECT_NE(corpus.find("good-" + std::to_string(i) + ".txt"), std::string::npos);
  }
  EXPECT_EQ(corpus.find("segv.txt"), std::string::npos);
}

}  // namespace
}  // namespace strata::testing
