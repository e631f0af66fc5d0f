#include "shard.hpp"

#include <spdlog/spdlog.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "setup_error.hpp"
#include "stable_hash.hpp"

namespace strata::host {
namespace {

// The variable's value as a number, or -1 when it is not set.
long long environment_number(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return -1;
  const std::string_view text(value);
  long long number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || number < 0) {
    throw SetupError(std::string(name) + " is '" + value + "', not a number");
  }
  return number;
}

Shard checked(long long index, long long count, const std::string& source) {
  if (count < 1) throw SetupError(source + ": the shard count must be at least 1");
  if (index < 0 || index >= count) {
    throw SetupError(source + ": shard index " + std::to_string(index) + " is not in 0.." +
                     std::to_string(count - 1));
  }
  return {static_cast<unsigned>(index), static_cast<unsigned>(count)};
}

}  // namespace

Shard shard_from_environment() {
  const long long task = environment_number("SLURM_ARRAY_TASK_ID");
  if (task >= 0) {
    const long long first = std::max(0LL, environment_number("SLURM_ARRAY_TASK_MIN"));
    const long long count = environment_number("SLURM_ARRAY_TASK_COUNT");
    return checked(task - first, count, "SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT");
  }
  const long long rank = environment_number("OMPI_COMM_WORLD_RANK");
  if (rank >= 0) {
    return checked(rank, environment_number("OMPI_COMM_WORLD_SIZE"),
                   "OMPI_COMM_WORLD_RANK/OMPI_COMM_WORLD_SIZE");
  }
  return {};
}

Shard choose_shard(int index, int count) {
  if (index == kShardNotGiven && count == kShardNotGiven) return shard_from_environment();
  if (index == kShardNotGiven || count == kShardNotGiven) {
    throw SetupError("give --shard-index and --shard-count together");
  }
  return checked(index, count, "--shard-index/--shard-count");
}

RunShard choose_run_shard(int index, int count, const std::vector<std::string>& inputs) {
  const Shard task = choose_shard(index, count);
  std::error_code ignored;
  const bool one_document =
      inputs.empty() || (inputs.size() == 1 &&
                         (inputs[0] == "-" || !std::filesystem::is_directory(inputs[0], ignored)));
  if (index != kShardNotGiven || task.count == 1 || !one_document) return {task, task};
  spdlog::info("one document named: the environment's shard {} of {} does not cut it", task.index,
               task.count);
  return {task, {}};
}

bool in_shard(std::string_view document_id, const Shard& shard) {
  return stable_hash(document_id) % shard.count == shard.index;
}

JobList jobs_of_shard(const JobList& jobs, const Shard& shard) {
  return jobs.filtered([&](std::size_t job) { return in_shard(jobs.id(job), shard); });
}

}  // namespace strata::host
