// A corpus run as a real Slurm job array. CTest runs this program inside the single-node cluster
// scripts/slurm-cluster starts (SLURM_CONF set, sbatch answering); see tests/CMakeLists.txt.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>

#include "corpus_run.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

constexpr int kShards = 4;
constexpr int kDocuments = 24;

// The environment a Slurm job must not inherit from this test: another plugin folder, or the
// shard of a job this test itself might be running in.
const std::string kCleanEnvironment =
    "env -u STRATA_PLUGIN_PATH -u SLURM_ARRAY_TASK_ID -u SLURM_ARRAY_TASK_COUNT "
    "-u SLURM_ARRAY_TASK_MIN -u OMPI_COMM_WORLD_RANK -u OMPI_COMM_WORLD_SIZE "
    "SOURCE_DATE_EPOCH=1764374400 ";

fs::path shard_manifest(const fs::path& out, int shard) {
  return out / ("strata-manifest.shard-" + std::to_string(shard) + "-of-" +
                std::to_string(kShards) + ".jsonl");
}

// Fails the test, rather than skipping it, when no cluster answers: CTest registers this program
// only when Slurm is installed, and always runs it through scripts/slurm-cluster.
void require_cluster() {
  const char* conf = std::getenv("SLURM_CONF");
  ASSERT_NE(conf, nullptr) << "SLURM_CONF is not set: run this program through "
                              "scripts/slurm-cluster (ctest -R Slurm does)";
  const auto sinfo = run_command("sinfo -h -N -o %t");
  ASSERT_EQ(sinfo.exit_code, 0) << "no Slurm controller answers: " << sinfo.err;
  ASSERT_EQ(sinfo.out, "idle\n") << "the node is not idle";
}

TEST(SlurmCluster, FourTaskArrayEqualsOneMachineRun) {
  require_cluster();
  if (HasFatalFailure()) return;
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, kDocuments, 1);
  const fs::path out = dir / "out";
  // The default chain (every built-in plugin), as a user who gives no -p gets it.
  const auto script = run_strata({"slurm-script", "--corpus", corpus.string(), "-o", out.string(),
                                  "--shards", std::to_string(kShards), "--cpus", "1", "--mem", "1G",
                                  "--time", "00:10:00", "--job-name", "strata-test"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  write_file(dir / "job.sh", script.out);

  // --wait returns when every task of the array has ended, with the highest exit code of them.
  const auto submitted = run_command("cd " + shell_quoted(dir.path().string()) + " && " +
                                     kCleanEnvironment + "timeout 600 sbatch --wait job.sh");
  ASSERT_EQ(submitted.exit_code, 0) << submitted.out << submitted.err;
  const auto job = submitted.out.rfind("Submitted batch job ", 0) == 0
                       ? std::stoul(submitted.out.substr(20))
                       : 0ul;
  ASSERT_NE(job, 0ul) << submitted.out;
  // Each task of the array left its log: Slurm, not something else, ran them.
  for (int task = 0; task < kShards; ++task) {
    const fs::path log =
        dir / ("strata-test-" + std::to_string(job) + "_" + std::to_string(task) + ".log");
    EXPECT_TRUE(fs::exists(log)) << log << " is missing: task " << task << " did not run";
    EXPECT_EQ(read_file(log), "") << "task " << task << " printed (with -q, only errors)";
  }

  // Every document in exactly one shard's manifest, once, as ok.
  std::map<std::string, int> seen;
  for (int shard = 0; shard < kShards; ++shard) {
    const auto lines = manifest_lines(shard_manifest(out, shard));
    EXPECT_GT(lines.size(), 0u) << "shard " << shard << " annotated nothing";
    for (const auto& line : lines) {
      EXPECT_EQ(line["status"], "ok") << line.dump();
      ++seen[line["document"].get<std::string>()];
    }
  }
  EXPECT_EQ(seen.size(), static_cast<std::size_t>(kDocuments));
  for (const auto& [document, times] : seen) EXPECT_EQ(times, 1) << document;

  std::vector<std::string> merge = {"merge"};
  for (int shard = 0; shard < kShards; ++shard) merge.push_back(shard_manifest(out, shard));
  merge.insert(merge.end(), {"--corpus", corpus.string(), "-o", (dir / "merged.jsonl").string()});
  const auto merged = run_strata(merge);
  EXPECT_EQ(merged.exit_code, 0) << merged.out << merged.err;
  EXPECT_EQ(merged.out, std::to_string(kDocuments) + " documents: " + std::to_string(kDocuments) +
                            " done, 0 failed, 0 missing\n");
  EXPECT_EQ(manifest_lines(dir / "merged.jsonl").size(), static_cast<std::size_t>(kDocuments));

  // Byte for byte what one machine makes of the same corpus with the same chain.
  const auto one = run_strata({"annotate", corpus.string(), "-o", (dir / "one").string()});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  expect_same_outputs(out, dir / "one");
}

// A task that fails makes sbatch --wait fail, and merge names what the task did not do.
TEST(SlurmCluster, AFailedTaskIsReportedByWaitAndMerge) {
  require_cluster();
  if (HasFatalFailure()) return;
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 8, 1);
  const fs::path out = dir / "out";
  const auto script =
      run_strata({"slurm-script", "--corpus", corpus.string(), "-o", out.string(), "--shards",
                  std::to_string(kShards), "-p", "tokens", "--mem", "1G", "--time", "00:10:00"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  // Task 2 dies before it annotates anything, as on a node that failed.
  write_file(dir / "job.sh", std::string(script.out)
                                 .insert(script.out.find("set -euo pipefail\n"),
                                         "[ \"$SLURM_ARRAY_TASK_ID\" != 2 ] || exit 3\n"));
  const auto submitted = run_command("cd " + shell_quoted(dir.path().string()) + " && " +
                                     kCleanEnvironment + "timeout 600 sbatch --wait job.sh");
  EXPECT_NE(submitted.exit_code, 0) << submitted.out << submitted.err;
  EXPECT_FALSE(fs::exists(shard_manifest(out, 2)));

  std::vector<std::string> merge = {"merge"};
  for (int shard = 0; shard < kShards; ++shard) {
    if (fs::exists(shard_manifest(out, shard))) merge.push_back(shard_manifest(out, shard));
  }
  merge.insert(merge.end(), {"--corpus", corpus.string()});
  const auto merged = run_strata(merge);
  EXPECT_EQ(merged.exit_code, 1) << merged.out << merged.err;
  EXPECT_NE(merged.out.find("missing\tdoc"), std::string::npos) << merged.out;
  EXPECT_EQ(merged.out.find(", 0 missing"), std::string::npos) << merged.out;
}

}  // namespace
}  // namespace strata::testing
