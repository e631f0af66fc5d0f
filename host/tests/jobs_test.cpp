#include "jobs.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "setup_error.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

class JobsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("strata-jobs-test-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "corpus" / "a");
    touch("corpus/a/b.txt");
    touch("corpus/top.txt");
    touch("corpus/notes.md");
    fs::create_directories(root_ / "empty");
  }
  void TearDown() override { fs::remove_all(root_); }
  void touch(const std::string& relative) { std::ofstream(root_ / relative) << "text"; }
  std::string at(const std::string& relative) const { return (root_ / relative).string(); }

  fs::path root_;
};

TEST_F(JobsTest, DirectoryAlsoYieldsJsonAndTeiKeepingTheirStems) {
  touch("corpus/a/c.json");
  touch("corpus/d.xml");
  const auto jobs = plan_jobs({at("corpus")}, at("out"), ".xml");
  ASSERT_EQ(jobs.size(), 4u);
  EXPECT_EQ(jobs[0].id, "a/b.txt");
  EXPECT_EQ(jobs[1].id, "a/c.json");
  EXPECT_EQ(jobs[1].output, root_ / "out" / "a" / "c.xml");
  EXPECT_EQ(jobs[2].id, "d.xml");
  EXPECT_EQ(jobs[2].output, root_ / "out" / "d.xml");
  touch("corpus/top.json");  // top.txt and top.json would both be out/top.xml
  EXPECT_THROW(plan_jobs({at("corpus")}, at("out"), ".xml"), SetupError);
}

// Outputs are compared as paths of one folder: "out/" and "out" give the same files.
TEST_F(JobsTest, TwoInputsOfOneNameAreRefused) {
  fs::create_directories(root_ / "other");
  touch("other/top.txt");
  for (const std::string& out : {at("out"), at("out") + "/"}) {
    try {
      plan_jobs({at("corpus"), at("other/top.txt")}, out, ".xml");
      ADD_FAILURE() << "no error for " << out;
    } catch (const SetupError& e) {
      EXPECT_EQ(std::string(e.what()), "two inputs would both be written to " +
                                           (root_ / "out" / "top.xml").string() + ": " +
                                           at("corpus") + "/top.txt and " + at("other/top.txt"));
    }
  }
}

// Its read fails by name in the run; skipping it would lose a document without a word.
TEST_F(JobsTest, DirectoryYieldsALinkToNowhere) {
  fs::create_symlink(root_ / "gone.txt", root_ / "corpus" / "link.txt");
  fs::create_symlink(root_ / "gone.md", root_ / "corpus" / "link.md");
  const auto jobs = plan_jobs({at("corpus")}, at("out"), ".xml");
  ASSERT_EQ(jobs.size(), 3u);
  EXPECT_EQ(jobs[1].id, "link.txt");
}

TEST_F(JobsTest, DirectoryMapsToOutputTreeWithExtension) {
  const auto jobs = plan_jobs({at("corpus")}, at("out"), ".xml");
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].id, "a/b.txt");
  EXPECT_EQ(jobs[0].output, root_ / "out" / "a" / "b.xml");
  EXPECT_EQ(jobs[1].id, "top.txt");
  EXPECT_EQ(jobs[1].output, root_ / "out" / "top.xml");
}

TEST_F(JobsTest, CorpusJobsHaveNoOutputsOfTheirOwn) {
  touch("corpus/top.json");  // top.txt and top.json go into one corpus file: no clash
  const auto jobs = plan_corpus_jobs({at("corpus"), at("corpus/top.txt")});
  ASSERT_EQ(jobs.size(), 4u);
  EXPECT_EQ(jobs[0].id, "a/b.txt");
  EXPECT_EQ(jobs[3].id, "top.txt");
  for (const auto& job : jobs) EXPECT_TRUE(job.output.empty()) << job.id;
  EXPECT_THROW(plan_corpus_jobs({at("missing")}), SetupError);
}

TEST_F(JobsTest, OneFileGoesToStdoutOrToTheNamedFile) {
  EXPECT_TRUE(plan_jobs({at("corpus/top.txt")}, "", ".xml")[0].output.empty());
  EXPECT_EQ(plan_jobs({at("corpus/top.txt")}, at("x.json"), ".json")[0].output, root_ / "x.json");
  EXPECT_EQ(plan_jobs({at("corpus/top.txt")}, at("dir") + "/", ".xml")[0].output,
            root_ / "dir" / "top.xml");
}

TEST_F(JobsTest, StdinWhenNoInput) {
  const auto jobs = plan_jobs({}, "", ".xml");
  ASSERT_EQ(jobs.size(), 1u);
  EXPECT_TRUE(jobs[0].source.empty());
  EXPECT_EQ(jobs[0].id, "stdin");
}

TEST_F(JobsTest, BadInputsAreSetupErrors) {
  EXPECT_THROW(plan_jobs({at("missing.txt")}, "", ".xml"), SetupError);
  EXPECT_THROW(plan_jobs({at("empty")}, at("out"), ".xml"), SetupError);
  EXPECT_THROW(plan_jobs({at("corpus")}, "", ".xml"), SetupError);  // several, no -o
  EXPECT_THROW(plan_jobs({at("corpus/top.txt"), at("corpus/top.txt")}, at("out"), ".xml"),
               SetupError);
}

TEST_F(JobsTest, WriteAtomicallyLeavesOnlyTheFinalFile) {
  const auto target = root_ / "deep" / "er" / "out.xml";
  write_atomically(target, "<TEI/>");
  std::ifstream in(target);
  std::string content((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(content, "<TEI/>");
  EXPECT_EQ(std::distance(fs::directory_iterator(target.parent_path()), {}), 1);
  EXPECT_THROW(write_atomically(root_ / "corpus" / "top.txt" / "x.xml", "x"), std::runtime_error);
}

}  // namespace
}  // namespace strata::host
