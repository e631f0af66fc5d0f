// The strata-tei-check program: its output and exit codes, as test suites rely on them.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "temp_dir.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

// Runs the checker with `arguments`; returns its exit code and puts its stdout in `output`.
int run_checker(const std::string& arguments, std::string& output,
                const std::filesystem::path& dir) {
  const auto captured = dir / "output.txt";
  const std::string command =
      std::string(STRATA_TEI_CHECK) + " " + arguments + " >" + captured.string() + " 2>/dev/null";
  const int status = std::system(command.c_str());
  std::ifstream in(captured);
  output.assign(std::istreambuf_iterator<char>(in), {});
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void write(const std::filesystem::path& file, const std::string& content) {
  std::ofstream(file, std::ios::binary) << content;
}

class TeiCheckTool : public ::testing::Test {
 protected:
  void SetUp() override {
    const Document news = testing::sample("news").make();
    good_ = dir_.path() / "good.xml";
    bad_ = dir_.path() / "bad.xml";
    text_ = dir_.path() / "text.txt";
    std::string xml = testing::sample_tei("news");
    write(good_, xml);
    write(bad_, xml.replace(xml.find("to=\"#w2\""), 8, "to=\"#w9999\""));
    write(text_, news.text());
  }
  testing::TempDir dir_;
  std::filesystem::path good_, bad_, text_;
  std::string output_;
};

TEST_F(TeiCheckTool, ExitsZeroAndSaysNothingForCleanFiles) {
  EXPECT_EQ(run_checker("--text " + text_.string() + " " + good_.string(), output_, dir_.path()),
            0);
  EXPECT_EQ(output_, "");
}

TEST_F(TeiCheckTool, PrintsOneLinePerProblemAndExitsOne) {
  EXPECT_EQ(run_checker(good_.string() + " " + bad_.string(), output_, dir_.path()), 1);
  EXPECT_TRUE(output_.starts_with(bad_.string() + ": <span xml:id=\"entities-0\"> (line "))
      << output_;
  EXPECT_NE(output_.find("@to \"#w9999\" points to no xml:id\n"), std::string::npos) << output_;
  EXPECT_EQ(std::count(output_.begin(), output_.end(), '\n'), 1);
}

TEST_F(TeiCheckTool, ComparesWithTheGivenText) {
  write(text_, "another text");
  EXPECT_EQ(run_checker("--text " + text_.string() + " " + good_.string(), output_, dir_.path()),
            1);
  EXPECT_NE(output_.find("differs from the primary text at character 0"), std::string::npos);
}

// Strata's own TEI has no prefixed additions to take out: --original cannot compare it.
TEST_F(TeiCheckTool, ComparesWithTheGivenOriginal) {
  EXPECT_EQ(
      run_checker("--original " + good_.string() + " " + good_.string(), output_, dir_.path()), 1);
  EXPECT_NE(output_.find("Strata's additions cannot be told apart"), std::string::npos) << output_;
  EXPECT_EQ(run_checker(good_.string() + " --original", output_, dir_.path()), 2);
}

TEST_F(TeiCheckTool, ExitsTwoOnUsageErrorsAndUnreadableFiles) {
  EXPECT_EQ(run_checker("", output_, dir_.path()), 2);
  EXPECT_EQ(run_checker("--frobnicate " + good_.string(), output_, dir_.path()), 2);
  EXPECT_EQ(run_checker(good_.string() + " --text", output_, dir_.path()), 2);
  EXPECT_EQ(run_checker((dir_.path() / "missing.xml").string(), output_, dir_.path()), 2);
  EXPECT_EQ(run_checker("--text " + (dir_.path() / "missing.txt").string() + " " + good_.string(),
                        output_, dir_.path()),
            2);
}

}  // namespace
}  // namespace strata::formats
