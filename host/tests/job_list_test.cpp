#include "job_list.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace strata::host {
namespace {

std::vector<std::string> ids_of(const JobList& jobs) {
  std::vector<std::string> ids;
  for (const Job& job : jobs) ids.push_back(job.id);
  return ids;
}

TEST(JobList, JobsAreMadeFromTheirOriginAndTheOutputs) {
  JobList jobs({JobOutputs::Kind::folder, "out", ".xml"});
  const std::size_t folder = jobs.add_folder("corpus/");
  jobs.add(folder, "a/b.txt");
  jobs.add_file("elsewhere/c.json");
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].id, "a/b.txt");
  EXPECT_EQ(jobs[0].source, "corpus/a/b.txt");
  EXPECT_EQ(jobs[0].output, "out/a/b.xml");
  EXPECT_EQ(jobs[1].id, "c.json");
  EXPECT_EQ(jobs[1].source, "elsewhere/c.json");
  EXPECT_EQ(jobs[1].output, "out/c.xml");
}

TEST(JobList, StandardInputHasNoSourceAndOneFileOutputIsThatFile) {
  JobList to_file({JobOutputs::Kind::file, "result.json", ".json"});
  to_file.add_standard_input();
  EXPECT_EQ(to_file[0].id, "stdin");
  EXPECT_TRUE(to_file[0].source.empty());
  EXPECT_EQ(to_file[0].output, "result.json");
  JobList nowhere;
  nowhere.add_file("a.txt");
  EXPECT_TRUE(nowhere[0].output.empty());
}

TEST(JobList, SortingFromAJobLeavesTheJobsBeforeIt) {
  JobList jobs;
  jobs.add_file("z.txt");
  const std::size_t folder = jobs.add_folder("f");
  for (const char* id : {"d.txt", "b/a.txt", "c.txt", "b.txt"}) jobs.add(folder, id);
  jobs.sort_from(1);
  EXPECT_EQ(ids_of(jobs),
            (std::vector<std::string>{"z.txt", "b.txt", "b/a.txt", "c.txt", "d.txt"}));
  EXPECT_EQ(jobs[4].source, "f/d.txt");
  EXPECT_EQ(jobs[0].source, "z.txt");
}

TEST(JobList, FilteringKeepsOrderOriginsAndOutputs) {
  JobList jobs({JobOutputs::Kind::folder, "out", ".json"});
  const std::size_t folder = jobs.add_folder("in");
  for (const char* id : {"a.txt", "b.txt", "c.txt", "d.txt"}) jobs.add(folder, id);
  const JobList odd = jobs.filtered([](std::size_t index) { return index % 2 == 1; });
  EXPECT_EQ(ids_of(odd), (std::vector<std::string>{"b.txt", "d.txt"}));
  EXPECT_EQ(odd[1].source, "in/d.txt");
  EXPECT_EQ(odd[1].output, "out/d.json");
  EXPECT_EQ(jobs.size(), 4u);
}

TEST(JobList, SharedOutputsAreFoundByTheirStems) {
  JobList jobs({JobOutputs::Kind::folder, "out", ".xml"});
  const std::size_t folder = jobs.add_folder("in");
  for (const char* id : {"a.txt", "a/b.txt", "a.b/c.txt", ".hidden", "..", "x/.."}) {
    jobs.add(folder, id);
  }
  EXPECT_EQ(jobs.first_shared_output(), jobs.size());
  jobs.add(folder, "a/b.json");  // a/b.txt's output as well
  const std::size_t shared = jobs.first_shared_output();
  ASSERT_LT(shared, jobs.size());
  EXPECT_EQ(jobs[shared].output, "out/a/b.xml");
  // ".hidden" has no extension to replace (std::filesystem's rule): it is out/.hidden.xml too.
  jobs.add(folder, ".hidden.txt");
  const JobList others = jobs.filtered([](std::size_t index) { return index != 6; });
  const std::size_t hidden = others.first_shared_output();
  ASSERT_LT(hidden, others.size());
  EXPECT_EQ(others[hidden].output, "out/.hidden.xml");
}

}  // namespace
}  // namespace strata::host
