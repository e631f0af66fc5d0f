#include "written_inputs.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "jobs.hpp"
#include "setup_error.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

class WrittenInputs : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("strata-written-inputs-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "corpus");
    for (const char* name : {"one.txt", "corpus/a.txt", "corpus/b.json"}) {
      std::ofstream(root_ / name) << "text";
    }
  }
  void TearDown() override { fs::remove_all(root_); }
  std::string at(const std::string& relative) const { return (root_ / relative).string(); }

  // The error check_inputs_are_not_written gives the run, or "" when it lets it go.
  std::string refusal(const std::vector<std::string>& inputs, const std::string& output,
                      const std::string& extension, const std::string& manifest = "") const {
    try {
      check_inputs_are_not_written(plan_jobs(inputs, output, extension), manifest);
      return "";
    } catch (const SetupError& e) {
      return e.what();
    }
  }

  fs::path root_;
};

TEST_F(WrittenInputs, AUsualRunGoesAhead) {
  EXPECT_EQ(refusal({at("corpus")}, at("out"), ".xml", at("out/strata-manifest.jsonl")), "");
  EXPECT_EQ(refusal({at("one.txt")}, at("one.xml"), ".xml", at("run.jsonl")), "");
  EXPECT_EQ(refusal({at("corpus")}, at("corpus"), ".xml"), "");  // a.xml and b.xml are new
}

TEST_F(WrittenInputs, AnOutputThatIsAnInputIsRefused) {
  EXPECT_NE(refusal({at("one.txt")}, at("one.txt"), ".xml")
                .find("the output " + at("one.txt") + " is also an input"),
            std::string::npos);
  // The same file by another path.
  fs::create_symlink(root_ / "one.txt", root_ / "link.txt");
  EXPECT_NE(refusal({at("one.txt")}, at("link.txt"), ".xml").find("is also an input"),
            std::string::npos);
  // JSON written back into the folder it is read from.
  EXPECT_NE(refusal({at("corpus")}, at("corpus/./"), ".json").find("b.json is also an input"),
            std::string::npos);
}

TEST_F(WrittenInputs, AManifestThatIsAnInputOrAnOutputIsRefused) {
  EXPECT_NE(refusal({at("one.txt")}, at("one.xml"), ".xml", at("one.txt"))
                .find("the run manifest " + at("one.txt") + " is also an input"),
            std::string::npos);
  EXPECT_NE(refusal({at("corpus")}, at("out"), ".xml", at("corpus/a.txt")).find("is also an input"),
            std::string::npos);
  EXPECT_NE(refusal({at("one.txt")}, at("one.xml"), ".xml", at("one.xml"))
                .find("the run manifest " + at("one.xml") + " is also the output"),
            std::string::npos);
  EXPECT_NE(
      refusal({at("corpus")}, at("out"), ".xml", at("out/a.xml"))
          .find("the output " + at("out") + "/a.xml is also the run manifest " + at("out/a.xml")),
      std::string::npos);
}

// A folder named through a link, or with "..", is the folder it names.
TEST_F(WrittenInputs, FoldersAreComparedAsWhatTheyName) {
  fs::create_symlink(root_ / "corpus", root_ / "link");
  EXPECT_NE(refusal({at("link")}, at("corpus"), ".json").find("b.json is also an input"),
            std::string::npos);
  EXPECT_NE(refusal({at("corpus")}, at("link"), ".json").find("b.json is also an input"),
            std::string::npos);
  EXPECT_NE(refusal({at("corpus/../corpus")}, at("corpus"), ".json").find("is also an input"),
            std::string::npos);
  EXPECT_EQ(refusal({at("link")}, at("corpus"), ".xml"), "");
}

// An output folder inside the input folder holds an earlier run's outputs: they are not read as
// inputs (they would be annotated again, and overwritten), so the run goes ahead, and again.
TEST_F(WrittenInputs, AnEarlierRunsOutputsInsideTheInputFolderAreNotInputs) {
  fs::create_directories(root_ / "corpus" / "out");
  std::ofstream(root_ / "corpus" / "out" / "a.json") << "{}";
  EXPECT_EQ(refusal({at("corpus")}, at("corpus/out"), ".json"), "");
  EXPECT_EQ(refusal({at("corpus")}, at("corpus/./out/"), ".xml"), "");
  const JobList jobs = plan_jobs({at("corpus")}, at("corpus/out"), ".json");
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs.id(0), "a.txt");
  EXPECT_EQ(jobs.id(1), "b.json");
  // Without -o there, the folder is an input like any other.
  EXPECT_EQ(plan_jobs({at("corpus")}, at("elsewhere"), ".json").size(), 3u);
}

// One file written for the whole run (--corpus-file, a report) is refused where it is an input,
// and where it is also the run manifest.
TEST_F(WrittenInputs, AFileForTheWholeRunThatIsAnInputIsRefused) {
  const auto refusal_of = [&](const std::vector<std::string>& inputs, const std::string& file,
                              const std::string& manifest = "") -> std::string {
    try {
      check_inputs_are_not_written(plan_corpus_jobs(inputs), manifest, file);
      return "";
    } catch (const SetupError& e) {
      return e.what();
    }
  };
  EXPECT_EQ(refusal_of({at("corpus")}, at("all.xml")), "");
  EXPECT_EQ(refusal_of({at("corpus")}, at("corpus/all.xml")), "");  // not there yet
  EXPECT_EQ(refusal_of({at("one.txt")}, at("one.txt")),
            "the output " + at("one.txt") + " is also an input: it would be overwritten");
  EXPECT_EQ(
      refusal_of({at("corpus")}, at("corpus/../corpus/b.json")),
      "the output " + at("corpus/../corpus/b.json") + " is also an input: it would be overwritten");
  EXPECT_EQ(refusal_of({at("corpus")}, at("all.xml"), at("all.xml")),
            "the run manifest " + at("all.xml") + " is also the output");
}

// A command that reads files and writes one (a model from training data, a merged manifest).
TEST_F(WrittenInputs, AnOutputNamedAsAnInputFileIsRefused) {
  EXPECT_NO_THROW(check_output_is_not_an_input(at("model.bin"), {at("one.txt")}));
  fs::create_symlink(root_ / "one.txt", root_ / "link.txt");
  EXPECT_THROW(check_output_is_not_an_input(at("link.txt"), {at("corpus/a.txt"), at("one.txt")}),
               SetupError);
}

// Paths relative to the folder the run starts in.
TEST_F(WrittenInputs, RelativePaths) {
  const fs::path before = fs::current_path();
  fs::current_path(root_);
  const std::string refused = refusal({"one.txt"}, "./one.txt", ".xml");
  const std::string manifest = refusal({"corpus"}, "out", ".xml", "corpus/a.txt");
  fs::current_path(before);
  EXPECT_NE(refused.find("is also an input"), std::string::npos) << refused;
  EXPECT_NE(manifest.find("the run manifest corpus/a.txt is also an input"), std::string::npos)
      << manifest;
}

}  // namespace
}  // namespace strata::host
