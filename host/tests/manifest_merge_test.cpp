#include "manifest_merge.hpp"

#include <gtest/gtest.h>

#include "temp_file.hpp"

namespace strata::host {
namespace {

ManifestEntry entry(const std::string& document, const std::string& status,
                    const std::string& chain = "c1") {
  return {document, "", status, status == "ok" ? "" : "broken", 0, chain, ""};
}

std::string lines(const std::vector<ManifestEntry>& entries) {
  std::string text;
  for (const ManifestEntry& e : entries) text += manifest_line(e) + '\n';
  return text;
}

std::vector<ManifestEntry> latest_of(const ManifestMerge& run) {
  std::vector<ManifestEntry> latest;
  run.for_each_latest([&latest](const ManifestEntry& e) { latest.push_back(e); });
  return latest;
}

TEST(ManifestMerge, LaterEntriesOfADocumentReplaceEarlierOnes) {
  const TempFile first("merge-1.jsonl",
                       lines({entry("c", "ok"), entry("a", "failed"), entry("b", "ok")}));
  const TempFile second("merge-2.jsonl",
                        "\n" + lines({entry("a", "ok"), entry("c", "failed"), entry("c", "ok")}));
  const ManifestMerge run({first.path(), second.path()});
  const auto latest = latest_of(run);
  ASSERT_EQ(latest.size(), 3u);
  EXPECT_EQ(latest[0].document, "a");
  EXPECT_EQ(latest[0].status, "ok");
  EXPECT_EQ(latest[2].document, "c");
  EXPECT_EQ(latest[2].status, "ok");
  EXPECT_EQ(run.documents(), 3u);
  EXPECT_EQ(run.ok(), 3u);
  EXPECT_EQ(run.failed(), 0u);
}

TEST(ManifestMerge, ExpectedDocumentsNoManifestNamesAreMissing) {
  const TempFile first("merge-3.jsonl", lines({entry("b.txt", "ok")}));
  const TempFile second("merge-4.jsonl", lines({entry("d.txt", "failed")}));
  const ManifestMerge run({first.path(), second.path()});
  JobList expected;
  const std::size_t folder = expected.add_folder("corpus");
  for (const char* id : {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"}) expected.add(folder, id);
  EXPECT_EQ(run.missing(expected), (std::vector<std::string>{"a.txt", "c.txt", "e.txt"}));
  EXPECT_EQ(run.ok(), 1u);
  EXPECT_EQ(run.failed(), 1u);
  EXPECT_EQ(latest_of(run)[1].error, "broken");
}

// The manifest records a name that is not UTF-8 with its bad bytes replaced: not missing.
TEST(ManifestMerge, ANameThatIsNotUtf8IsNotMissing) {
  const TempFile manifest("merge-bad.jsonl", lines({entry("bad\xff.txt", "ok")}));
  const ManifestMerge run({manifest.path()});
  JobList expected;
  expected.add(expected.add_folder("corpus"), "bad\xff.txt");
  EXPECT_TRUE(run.missing(expected).empty());
}

TEST(ManifestMerge, DistinctChainsAreListed) {
  const TempFile first("merge-5.jsonl", lines({entry("a", "ok", "c1"), entry("a", "ok", "c3")}));
  const TempFile second("merge-6.jsonl", lines({entry("b", "ok", "c2"), entry("c", "ok", "c1")}));
  const ManifestMerge run({first.path(), second.path()});
  EXPECT_EQ(run.chains(), (std::vector<std::string>{"c1", "c3", "c2"}));
}

TEST(ManifestMerge, AManifestChangedBeforeItIsReadAgainIsAnError) {
  TempFile file("merge-7.jsonl", lines({entry("a", "ok"), entry("b", "ok")}));
  const ManifestMerge run({file.path()});
  std::ofstream(file.path(), std::ios::binary) << lines({entry("x", "ok")});
  EXPECT_THROW(latest_of(run), SetupError);
}

}  // namespace
}  // namespace strata::host
