#include "shard.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "setup_error.hpp"

namespace strata::host {
namespace {

// Sets environment variables for one test and removes them after.
class Environment {
 public:
  Environment(std::initializer_list<std::pair<const char*, const char*>> variables) {
    for (const auto& [name, value] : variables) {
      ::setenv(name, value, 1);
      names_.push_back(name);
    }
  }
  ~Environment() {
    for (const char* name : names_) ::unsetenv(name);
  }

 private:
  std::vector<const char*> names_;
};

JobList corpus(int documents, bool reversed = false) {
  JobList jobs;
  const std::size_t folder = jobs.add_folder("corpus");
  for (int i = 0; i < documents; ++i) {
    jobs.add(folder, "doc" + std::to_string(reversed ? documents - 1 - i : i) + ".txt");
  }
  return jobs;
}

TEST(Shard, EveryDocumentIsInExactlyOneShard) {
  const auto jobs = corpus(1000);
  std::size_t total = 0;
  for (unsigned index = 0; index < 4; ++index) {
    const auto mine = jobs_of_shard(jobs, {index, 4});
    // An even split within a few percent: no shard idles while another does the work.
    EXPECT_GT(mine.size(), 200u);
    EXPECT_LT(mine.size(), 300u);
    total += mine.size();
    for (const Job& job : mine) {
      for (unsigned other = 0; other < 4; ++other) {
        EXPECT_EQ(in_shard(job.id, {other, 4}), other == index) << job.id;
      }
    }
  }
  EXPECT_EQ(total, jobs.size());
}

TEST(Shard, DependsOnTheDocumentNotOnTheOrderOfInputs) {
  const auto before = jobs_of_shard(corpus(50), {1, 3});
  const auto after = jobs_of_shard(corpus(50, true), {1, 3});
  ASSERT_EQ(before.size(), after.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(before.id(i), after.id(after.size() - 1 - i));
  }
}

TEST(Shard, OneShardHoldsEverything) {
  EXPECT_EQ(jobs_of_shard(corpus(7), {}).size(), 7u);
}

TEST(Shard, OptionsWinOverTheEnvironment) {
  const Environment slurm{{"SLURM_ARRAY_TASK_ID", "3"}, {"SLURM_ARRAY_TASK_COUNT", "4"}};
  const Shard shard = choose_shard(1, 2);
  EXPECT_EQ(shard.index, 1u);
  EXPECT_EQ(shard.count, 2u);
}

TEST(Shard, SlurmArrayCountsFromItsFirstTask) {
  const Environment slurm{
      {"SLURM_ARRAY_TASK_ID", "4"}, {"SLURM_ARRAY_TASK_MIN", "1"}, {"SLURM_ARRAY_TASK_COUNT", "4"}};
  const Shard shard = choose_shard(-1, -1);
  EXPECT_EQ(shard.index, 3u);
  EXPECT_EQ(shard.count, 4u);
}

TEST(Shard, OpenMpiRankAndSize) {
  const Environment mpi{{"OMPI_COMM_WORLD_RANK", "2"}, {"OMPI_COMM_WORLD_SIZE", "5"}};
  const Shard shard = shard_from_environment();
  EXPECT_EQ(shard.index, 2u);
  EXPECT_EQ(shard.count, 5u);
}

TEST(Shard, NoEnvironmentIsOneShard) {
  const Shard shard = choose_shard(-1, -1);
  EXPECT_EQ(shard.index, 0u);
  EXPECT_EQ(shard.count, 1u);
}

TEST(Shard, BadValuesAreSetupErrors) {
  EXPECT_THROW(choose_shard(2, 2), SetupError);
  EXPECT_THROW(choose_shard(0, 0), SetupError);
  EXPECT_THROW(choose_shard(1, -1), SetupError);
  {
    const Environment slurm{{"SLURM_ARRAY_TASK_ID", "one"}, {"SLURM_ARRAY_TASK_COUNT", "4"}};
    EXPECT_THROW(shard_from_environment(), SetupError);
  }
  {
    const Environment slurm{{"SLURM_ARRAY_TASK_ID", "1"}};  // no count: not an array we know
    EXPECT_THROW(shard_from_environment(), SetupError);
  }
}

}  // namespace
}  // namespace strata::host
