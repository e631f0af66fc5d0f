// strata new-plugin: the project it writes builds against the installed SDK with warnings as
// errors, passes its own tests and runs under strata annotate, with no edits; and every bad
// command line is one line and exit code 2, with nothing written.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "installed_sdk.hpp"
#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

// A RESOURCES folder that does not exist is said at configure time, not as the copy step's
// "Error copying directory" in the build.
TEST(NewPlugin, AMissingResourcesFolderIsAConfigureError) {
  const fs::path& prefix = installed_sdk_prefix();
  ScratchDir dir;
  write_file(dir / "project" / "CMakeLists.txt",
             "cmake_minimum_required(VERSION 3.20)\nproject(gone CXX)\n"
             "find_package(Strata REQUIRED)\n"
             "strata_add_plugin(gone SOURCES gone.cpp RESOURCES resources)\n");
  write_file(dir / "project" / "gone.cpp", "");
  const auto configure = run_command("cmake -S " + shell_quoted((dir / "project").string()) +
                                     " -B " + shell_quoted((dir / "build").string()) +
                                     " -DCMAKE_PREFIX_PATH=" + shell_quoted(prefix.string()));
  EXPECT_NE(configure.exit_code, 0);
  EXPECT_NE((configure.out + configure.err).find("RESOURCES folder"), std::string::npos)
      << configure.out << configure.err;
  EXPECT_NE((configure.out + configure.err).find("does not exist"), std::string::npos);
}

TEST(NewPlugin, ProjectBuildsPassesItsTestsAndRunsUnedited) {
  const fs::path& prefix = installed_sdk_prefix();
  const std::string strata = shell_quoted((prefix / "bin" / "strata").string());
  ScratchDir dir;
  const std::string project = (dir / "project").string();
  const std::string build = (dir / "build").string();

  const auto scaffold =
      run_command("cd " + shell_quoted(dir.path().string()) + " && " + strata +
                  " new-plugin demo --dir project --provides marks --requires tokens,sentences");
  ASSERT_EQ(scaffold.exit_code, 0) << scaffold.out << scaffold.err;
  // The next steps name the prefix strata is installed under.
  EXPECT_NE(scaffold.out.find("-DCMAKE_PREFIX_PATH=" + fs::canonical(prefix).string()),
            std::string::npos)
      << scaffold.out;

  const auto configure =
      run_command("CXXFLAGS='-Wall -Wextra -Werror' cmake -S " + shell_quoted(project) + " -B " +
                  shell_quoted(build) + " -DCMAKE_PREFIX_PATH=" + shell_quoted(prefix.string()));
  ASSERT_EQ(configure.exit_code, 0) << configure.out << configure.err;
  const auto compile = run_command("cmake --build " + shell_quoted(build));
  ASSERT_EQ(compile.exit_code, 0) << compile.out << compile.err;

  // No strata on PATH: the project's tests find the installed one through the CMake package.
  const auto test = run_command("cd " + shell_quoted(build) +
                                " && env -u STRATA_PLUGIN_PATH PATH=/usr/bin:/bin ctest "
                                "--output-on-failure");
  EXPECT_EQ(test.exit_code, 0) << test.out << test.err;
  EXPECT_NE(test.out.find("PluginConformance.Demo"), std::string::npos) << test.out;

  const auto info = run_command(strata + " plugins info demo --plugin-path " + shell_quoted(build));
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_NE(info.out.find("sentences"), std::string::npos) << info.out;

  write_file(dir / "text.txt", "Strata è un PLUGIN di annotazione.\nA plugin for annotation.\n");
  const std::string annotate = "SOURCE_DATE_EPOCH=0 " + strata + " annotate " +
                               shell_quoted((dir / "text.txt").string()) +
                               " -p tokens,demo -f json --plugin-path " + shell_quoted(build);
  const auto folded = run_command(annotate);
  ASSERT_EQ(folded.exit_code, 0) << folded.err;
  const auto marks = nlohmann::json::parse(folded.out)["layers"]["marks"];
  std::vector<std::string> entries;
  for (const auto& mark : marks) entries.push_back(mark["features"]["entry"]);
  EXPECT_EQ(entries,
            (std::vector<std::string>{"Strata", "plugin", "annotazione", "plugin", "annotation"}));
  // The option: with case compared, "PLUGIN" is no longer "plugin".
  const auto exact = run_command(annotate + " --set demo.case_sensitive=true");
  ASSERT_EQ(exact.exit_code, 0) << exact.err;
  EXPECT_EQ(nlohmann::json::parse(exact.out)["layers"]["marks"].size(), 4u);
}

// Runs new-plugin in `dir` and expects it refused: exit code 2 and one line naming `problem`.
void expect_refused(const ScratchDir& dir, const std::string& arguments,
                    const std::string& problem) {
  const auto result = run_command("cd " + shell_quoted(dir.path().string()) + " && " +
                                  shell_quoted(STRATA_BINARY) + " new-plugin " + arguments);
  EXPECT_EQ(result.exit_code, 2) << arguments;
  EXPECT_NE(result.err.find(problem), std::string::npos) << arguments << ": " << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

TEST(NewPlugin, RefusesBadNamesLayersAndUsedFolders) {
  ScratchDir dir;
  write_file(dir / "used" / "notes.txt", "mine");
  expect_refused(dir, "", "missing plugin NAME");
  expect_refused(dir, "Demo", "invalid plugin name 'Demo'");
  expect_refused(dir, "'my plugin'", "invalid plugin name 'my plugin'");
  expect_refused(dir, "demo --provides 'Marks'", "--provides: invalid layer name 'Marks'");
  expect_refused(dir, "demo --requires tokens,", "--requires: invalid layer name ''");
  expect_refused(dir, "demo --provides tokens", "both provided and required");
  expect_refused(dir, "demo other", "too many positional options");
  expect_refused(dir, "demo --dir used", "'used' exists and is not an empty folder");
  // Nothing was written: the only entry is the folder that was there before.
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), {}), 1);
  EXPECT_EQ(read_file(dir / "used" / "notes.txt"), "mine");
}

}  // namespace
}  // namespace strata::testing
