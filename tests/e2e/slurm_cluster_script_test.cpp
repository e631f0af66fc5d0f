// scripts/slurm-cluster itself: it passes on its command's exit status, stops every daemon it
// started and removes its folder, and refuses to run without a command. It starts a second
// cluster of its own, beside the one this program runs in (other ports, other folder).
#include <gtest/gtest.h>

#include <algorithm>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

const std::string kScript = shell_quoted((source_dir() / "scripts" / "slurm-cluster").string());

TEST(SlurmClusterScript, PassesOnTheStatusAndStopsWhatItStarted) {
  const auto run =
      run_command(kScript + " sh -c 'echo \"$SLURM_CONF\"; sinfo -h -N -o %t; exit 3'");
  EXPECT_EQ(run.exit_code, 3) << run.err;
  const auto newline = run.out.find('\n');
  ASSERT_NE(newline, std::string::npos) << run.out;
  const fs::path conf = run.out.substr(0, newline);
  EXPECT_EQ(conf.filename(), "slurm.conf") << run.out;
  EXPECT_EQ(run.out.substr(newline + 1), "idle\n") << run.err;
  // The command failed, so the daemons' logs were printed.
  EXPECT_NE(run.err.find("slurmctld.log"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(conf.parent_path())) << conf.parent_path() << " was left behind";
  // No munged, slurmctld or slurmd of that folder is still running.
  for (const auto& process : fs::directory_iterator("/proc")) {
    const std::string command_line = read_file(process.path() / "cmdline");
    EXPECT_EQ(command_line.find(conf.parent_path().string()), std::string::npos)
        << "still running: " << process.path() << " " << command_line;
  }
}

TEST(SlurmClusterScript, NoCommandIsAOneLineError) {
  const auto run = run_command(kScript);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("usage: scripts/slurm-cluster COMMAND"), std::string::npos) << run.err;
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
}

}  // namespace
}  // namespace strata::testing
