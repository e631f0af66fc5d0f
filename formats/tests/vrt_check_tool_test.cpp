// The strata-vrt-check program: one line per problem, and the exit codes scripts rely on.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>

#include "temp_dir.hpp"

namespace strata::formats {
namespace {

// The program's exit code for `arguments`; its standard output goes to `output`.
int run_vrt_check(const std::string& arguments, std::string& output) {
  const std::string command = std::string(STRATA_VRT_CHECK) + " " + arguments + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return -1;
  char buffer[4096];
  output.clear();
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(VrtCheckTool, ReportsProblemsPerFileAndExitsByTheWorstOutcome) {
  testing::TempDir dir;
  const auto good = (dir.path() / "good.vrt").string();
  const auto bad = (dir.path() / "bad.vrt").string();
  std::ofstream(good) << "<text id=\"a\">\n<s>\nRoma\tword\n</s>\n</text>\n";
  std::ofstream(bad) << "<text id=\"b\">\n<s>\n<s>\nRoma\tword\n</s>\n</s>\n</text>\n";
  std::string output;
  EXPECT_EQ(run_vrt_check(good, output), 0);
  EXPECT_EQ(output, "");
  EXPECT_EQ(run_vrt_check(good + " " + bad, output), 1);
  EXPECT_EQ(output, bad +
                        ": line 3: <s> opened inside another <s>: CWB cannot nest regions of "
                        "one attribute\n");
  EXPECT_EQ(run_vrt_check((dir.path() / "missing.vrt").string(), output), 2);
  EXPECT_EQ(run_vrt_check("", output), 2);
}

}  // namespace
}  // namespace strata::formats
