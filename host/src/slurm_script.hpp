// The sbatch script that runs a chain over a corpus as a Slurm job array.
#pragma once

#include <string>

namespace strata::host {

// What the script runs and asks Slurm for.
struct SlurmJob {
  std::string strata;      // the strata program, absolute
  std::string corpus;      // the input directory or file, absolute
  std::string output;      // the output directory, absolute
  std::string chain;       // -p list, or "" for the default chain
  std::string chain_file;  // -c file, absolute, or ""
  std::string format = "tei";
  unsigned shards = 1;
  unsigned cpus = 1;  // per task: the -j of each strata run
  std::string memory = "4G";
  std::string time = "04:00:00";
  std::string partition;  // "" for the cluster's default
  std::string job_name = "strata";
};

// The script: one array task per shard, each running `strata annotate --resume` (so a requeued
// or rerun task continues where it stopped) with its own manifest, and the merge command to run
// when the array is done.
std::string slurm_script(const SlurmJob& job);

}  // namespace strata::host
