// strata slurm-script: print an sbatch script that runs a chain over a corpus as a job array.
#include <boost/program_options.hpp>
#include <filesystem>
#include <iostream>
#include <regex>

#include "command_line.hpp"
#include "commands.hpp"
#include "setup_error.hpp"
#include "slurm_script.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace strata::host {
namespace {

po::options_description slurm_options(SlurmJob& job, std::string& corpus) {
  po::options_description options(
      "strata slurm-script --corpus INPUT -o DIR --shards N [options] > job.sh\nPrints an sbatch "
      "script running strata annotate as a Slurm job array, one task per shard");
  // clang-format off
  options.add_options()
      ("help,h", "show this help")
      ("corpus", po::value(&corpus)->required(), "input directory (or file)")
      ("output,o", po::value(&job.output)->required(), "output directory")
      ("shards", po::value(&job.shards)->required(), "number of array tasks")
      ("plugins,p", po::value(&job.chain), "plugins to run (default: the default chain)")
      ("chain,c", po::value(&job.chain_file), "chain file (INI)")
      ("format,f", po::value(&job.format), "output format (default tei)")
      ("cpus", po::value(&job.cpus), "CPUs per task, the -j of each run (default 1)")
      ("mem", po::value(&job.memory), "memory per task, as sbatch takes it (default 4G)")
      ("time", po::value(&job.time), "time limit per task (default 04:00:00)")
      ("partition", po::value(&job.partition), "partition (default: the cluster's)")
      ("job-name", po::value(&job.job_name), "job name (default strata)");
  // clang-format on
  return options;
}

void check(const SlurmJob& job, const std::string& corpus) {
  if (!fs::exists(corpus)) throw SetupError("corpus not found: " + corpus);
  if (job.shards < 1 || job.shards > 100000) throw SetupError("--shards must be 1 to 100000");
  if (job.cpus < 1) throw SetupError("--cpus must be at least 1");
  if (!job.chain.empty() && !job.chain_file.empty()) {
    throw SetupError("give either -c (a chain file) or -p (a plugin list), not both");
  }
  static const std::regex format("tei|tei-inline|tei-inline-rs|json|vrt");
  static const std::regex memory("[0-9]+[KMGT]?");
  static const std::regex time("[0-9]+(-[0-9]+)?(:[0-9]{2}){0,2}");
  static const std::regex name("[A-Za-z0-9_.-]+");
  if (!std::regex_match(job.format, format))
    throw SetupError("unknown format '" + job.format + "'");
  if (!std::regex_match(job.memory, memory)) {
    throw SetupError("--mem '" + job.memory + "' is not a size such as 4G or 4000M");
  }
  if (!std::regex_match(job.time, time)) {
    throw SetupError("--time '" + job.time + "' is not a Slurm time such as 04:00:00");
  }
  if (!std::regex_match(job.job_name, name)) {
    throw SetupError("--job-name may hold letters, digits, '_', '.' and '-' only");
  }
  if (!job.partition.empty() && !std::regex_match(job.partition, name)) {
    throw SetupError("--partition may hold letters, digits, '_', '.' and '-' only");
  }
}

}  // namespace

int run_slurm_script(const std::vector<std::string>& arguments) {
  SlurmJob job;
  std::string corpus;
  CommandLine line{"slurm-script", slurm_options(job, corpus)};
  return run_command(arguments, line, [&] {
    check(job, corpus);
    // The tasks run elsewhere, in another folder: every path is absolute.
    job.corpus = fs::absolute(corpus).lexically_normal().string();
    job.output = fs::absolute(job.output).lexically_normal().string();
    if (!job.chain_file.empty()) job.chain_file = fs::absolute(job.chain_file).string();
    job.strata = fs::canonical("/proc/self/exe").string();
    std::cout << slurm_script(job);
    return kSuccess;
  });
}

}  // namespace strata::host
