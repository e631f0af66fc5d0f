// Splitting a corpus between the tasks of a job array (Slurm) or the ranks of an MPI launch.
#pragma once

#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "jobs.hpp"

namespace strata::host {

// This run's part of the corpus: shard `index` of `count` (0 <= index < count).
struct Shard {
  unsigned index = 0;
  unsigned count = 1;
};

// The shard the environment assigns: SLURM_ARRAY_TASK_ID (counted from SLURM_ARRAY_TASK_MIN)
// of SLURM_ARRAY_TASK_COUNT, else OMPI_COMM_WORLD_RANK of OMPI_COMM_WORLD_SIZE, else {0, 1}.
// Throws SetupError for values that are not numbers or an index outside the count.
Shard shard_from_environment();

// The value of --shard-index or --shard-count when the option is not given: no number a user
// would type, so that a negative one given is refused rather than read as "not given".
constexpr int kShardNotGiven = std::numeric_limits<int>::min();

// The shard from --shard-index/--shard-count where given, else from the environment. Throws
// SetupError for one given without the other, a negative index or an index >= count.
Shard choose_shard(int index, int count);

// A run's shards: `task`, the one given (by the options, else the environment), which names the
// run's manifest; `cut`, the one whose documents it annotates. They differ only where the
// environment's shard does not apply: it cuts a corpus (a folder, several files) but not one
// document named on its own, so that an array task given a file of its own (annotate
// f_$ID.txt) annotates it rather than, in most tasks, nothing.
struct RunShard {
  Shard task;
  Shard cut;
};
RunShard choose_run_shard(int index, int count, const std::vector<std::string>& inputs);

// Whether a document belongs to the shard. Depends on the document's id alone, so every task
// agrees without talking to the others and the order of the inputs does not matter.
bool in_shard(std::string_view document_id, const Shard& shard);

// The jobs of the shard, in their order.
JobList jobs_of_shard(const JobList& jobs, const Shard& shard);

}  // namespace strata::host
