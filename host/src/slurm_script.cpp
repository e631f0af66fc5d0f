#include "slurm_script.hpp"

namespace strata::host {
namespace {

// Single quotes for the shell: paths may hold spaces or $.
std::string quoted(const std::string& word) {
  std::string result = "'";
  for (const char c : word) result += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return result + "'";
}

}  // namespace

std::string slurm_script(const SlurmJob& job) {
  const std::string last = std::to_string(job.shards - 1);
  std::string s = "#!/bin/bash\n";
  s += "#SBATCH --job-name=" + job.job_name + "\n";
  s += "#SBATCH --array=0-" + last + "\n";
  s += "#SBATCH --cpus-per-task=" + std::to_string(job.cpus) + "\n";
  s += "#SBATCH --mem=" + job.memory + "\n";
  s += "#SBATCH --time=" + job.time + "\n";
  if (!job.partition.empty()) s += "#SBATCH --partition=" + job.partition + "\n";
  // Relative to the folder sbatch is run in, which exists: Slurm opens the log before the
  // script can make a folder.
  s += "#SBATCH --output=" + job.job_name + "-%A_%a.log\n";
  s += "#\n# Written by strata slurm-script. Submit with: sbatch THIS_FILE\n";
  s += "# Each task annotates the documents of its shard (SLURM_ARRAY_TASK_ID of\n";
  s += "# SLURM_ARRAY_TASK_COUNT) and records them in its own manifest; a task run again\n";
  s += "# resumes. When the array is done, check the whole corpus with:\n";
  s += "#   " + quoted(job.strata) + " merge " + quoted(job.output) +
       "/strata-manifest.shard-*-of-" + std::to_string(job.shards) + ".jsonl --corpus " +
       quoted(job.corpus) + "\n";
  s += "set -euo pipefail\n";
  s += "exec " + quoted(job.strata) + " annotate " + quoted(job.corpus) + " -o " +
       quoted(job.output + "/");
  if (!job.chain_file.empty()) s += " -c " + quoted(job.chain_file);
  if (!job.chain.empty()) s += " -p " + quoted(job.chain);
  s += " -f " + job.format + " -j \"${SLURM_CPUS_PER_TASK:-" + std::to_string(job.cpus) +
       "}\" --resume -q\n";
  return s;
}

}  // namespace strata::host
