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
  const Shard shard = choose_shard(kShardNotGiven, kShardNotGiven);
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
  const Shard shard = choose_shard(kShardNotGiven, kShardNotGiven);
  EXPECT_EQ(shard.index, 0u);
  EXPECT_EQ(shard.count, 1u);
}

// A negative value is refused for what it is, not read as an option not given.
void expect_shard_error(int index, int count, const std::string& message) {
  try {
    choose_shard(index, count);
    ADD_FAILURE() << index << " of " << count << " accepted";
  } catch (const SetupError& e) {
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

TEST(Shard, BadValuesAreSetupErrors) {
  expect_shard_error(2, 2, "shard index 2 is not in 0..1");
  expect_shard_error(0, 0, "the shard count must be at least 1");
  expect_shard_error(1, -1, "the shard count must be at least 1");
  expect_shard_error(-1, 2, "shard index -1 is not in 0..1");
  expect_shard_error(1, kShardNotGiven, "give --shard-index and --shard-count together");
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
