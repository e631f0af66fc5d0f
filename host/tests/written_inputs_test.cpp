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

// An output folder inside the input folder, holding an earlier run's outputs, which are inputs
// now: written again, they would be read and overwritten in one run.
TEST_F(WrittenInputs, AnEarlierRunsOutputsInsideTheInputFolder) {
  fs::create_directories(root_ / "corpus" / "out");
  std::ofstream(root_ / "corpus" / "out" / "a.json") << "{}";
  EXPECT_NE(refusal({at("corpus")}, at("corpus/out"), ".json").find("out/a.json is also an input"),
            std::string::npos);
  EXPECT_EQ(refusal({at("corpus")}, at("corpus/out"), ".xml"), "");
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
