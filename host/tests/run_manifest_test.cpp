#include "run_manifest.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "setup_error.hpp"
#include "temp_file.hpp"

namespace strata::host {
namespace {

// Every entry of a manifest file, in order.
std::vector<ManifestEntry> read_manifest(const std::filesystem::path& path) {
  std::vector<ManifestEntry> entries;
  for_each_manifest_entry(path, [&entries](const ManifestEntry& e) { entries.push_back(e); });
  return entries;
}

ManifestEntry ok(const std::string& document, const std::string& output, const std::string& chain) {
  return {document, output, "ok", "", 0.25, chain, "2026-11-29T12:00:00Z"};
}

TEST(RunManifest, EntriesComeBackAsWritten) {
  const TempFile file("manifest-roundtrip.jsonl", "");
  {
    ManifestWriter writer(file.path(), true);
    writer.append(ok("a.txt", "out/a.xml", "c1"));
    writer.append({"b.txt", "", "failed", "b.txt: not UTF-8", 0.5, "c1", "2026-11-29T12:00:01Z"});
  }
  const auto entries = read_manifest(file.path());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].document, "a.txt");
  EXPECT_EQ(entries[0].output, "out/a.xml");
  EXPECT_EQ(entries[0].status, "ok");
  EXPECT_DOUBLE_EQ(entries[0].seconds, 0.25);
  EXPECT_EQ(entries[1].status, "failed");
  EXPECT_EQ(entries[1].error, "b.txt: not UTF-8");
  EXPECT_EQ(entries[1].finished, "2026-11-29T12:00:01Z");
}

TEST(RunManifest, LinesReadInTheOrderOfTheirFields) {
  EXPECT_EQ(manifest_line(ok("a.txt", "o/a.xml", "c1")),
            R"({"document":"a.txt","output":"o/a.xml","status":"ok","seconds":0.25,)"
            R"("chain":"c1","finished":"2026-11-29T12:00:00Z"})");
}

TEST(RunManifest, FreshEmptiesAndResumeAppends) {
  const TempFile file("manifest-append.jsonl", "");
  { ManifestWriter(file.path(), true).append(ok("a.txt", "", "c1")); }
  { ManifestWriter(file.path(), false).append(ok("b.txt", "", "c1")); }
  EXPECT_EQ(read_manifest(file.path()).size(), 2u);
  { ManifestWriter(file.path(), true).append(ok("c.txt", "", "c1")); }
  ASSERT_EQ(read_manifest(file.path()).size(), 1u);
  EXPECT_EQ(read_manifest(file.path())[0].document, "c.txt");
}

TEST(RunManifest, ALastLineCutShortByAKillIsIgnored) {
  const TempFile file("manifest-cut.jsonl",
                      manifest_line(ok("a.txt", "", "c1")) + "\n{\"document\":\"b.txt\",\"out");
  const auto entries = read_manifest(file.path());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].document, "a.txt");
}

// A resumed run appends after the whole lines: the cut one is dropped, not glued to.
TEST(RunManifest, AppendingDropsALastLineCutShortByAKill) {
  const std::string whole = manifest_line(ok("a.txt", "", "c1")) + "\n";
  for (const std::string& cut :
       {std::string("{\"document\":\"b.txt\",\"out"), std::string(5000, 'x')}) {
    const TempFile file("manifest-resume-cut.jsonl", whole + cut);
    { ManifestWriter(file.path(), false).append(ok("c.txt", "", "c1")); }
    const auto entries = read_manifest(file.path());
    ASSERT_EQ(entries.size(), 2u) << cut.size();
    EXPECT_EQ(entries[0].document, "a.txt");
    EXPECT_EQ(entries[1].document, "c.txt");
  }
  const TempFile only_cut("manifest-only-cut.jsonl", "{\"document\":\"b");
  { ManifestWriter(only_cut.path(), false).append(ok("c.txt", "", "c1")); }
  ASSERT_EQ(read_manifest(only_cut.path()).size(), 1u);
}

TEST(RunManifest, ABadLineInsideIsAnErrorNamingTheLine) {
  const TempFile file("manifest-bad.jsonl", manifest_line(ok("a.txt", "", "c1")) + "\nnot json\n" +
                                                manifest_line(ok("b.txt", "", "c1")) + "\n");
  try {
    read_manifest(file.path());
    FAIL() << "no error";
  } catch (const SetupError& e) {
    EXPECT_NE(std::string(e.what()).find("manifest-bad.jsonl:2:"), std::string::npos) << e.what();
  }
  const TempFile status("manifest-status.jsonl", R"({"document":"a","status":"done","chain":"c1"})"
                                                 "\n");
  EXPECT_THROW(read_manifest(status.path()), SetupError);
}

TEST(RunManifest, AMissingFileHasNoEntries) {
  EXPECT_TRUE(read_manifest("/nonexistent/strata-manifest.jsonl").empty());
}

TEST(RunManifest, FinishedMeansLatestOkOfTheSameChainWithItsOutput) {
  // This run's outputs: a.xml, b.xml and c.xml are there, d.xml is not.
  const TempFile manifest("finished.jsonl", "");
  const std::filesystem::path out = manifest.path().string() + ".out";
  std::filesystem::create_directories(out);
  for (const char* name : {"a.xml", "b.xml", "c.xml"}) std::ofstream(out / name) << "<TEI/>";
  const std::string a = (out / "a.xml").string();
  {
    ManifestWriter writer(manifest.path(), true);
    writer.append(ok("e.txt", "finished/e.xml", "c1"));  // later failed
    // Recorded relative to where an earlier run started: the output this run would write is
    // looked for, wherever the recorded path points.
    writer.append(ok("a.txt", "elsewhere/a.xml", "c1"));
    writer.append(ok("b.txt", (out / "b.xml").string(), "c1"));
    writer.append({"b.txt", "", "failed", "later failure", 0, "c1", ""});  // the latest counts
    writer.append(ok("c.txt", (out / "c.xml").string(), "c0"));            // another chain's
    writer.append(ok("d.txt", a, "c1"));                                   // its output is gone
    writer.append({"e.txt", "", "failed", "bad", 0, "c1", ""});
    writer.append(ok("z.txt", a, "c1"));  // not a document of this run
  }
  JobList jobs({JobOutputs::Kind::folder, out.string(), ".xml"});
  const std::size_t folder = jobs.add_folder("in");
  for (const char* id : {"e.txt", "d.txt", "c.txt", "b.txt", "a.txt", "f.txt"}) {
    jobs.add(folder, id);
  }
  EXPECT_EQ(finished_jobs(jobs, manifest.path(), "c1"),
            (std::vector<bool>{false, false, false, false, true, false}));
  std::filesystem::remove_all(out);
}

// A file name that is not UTF-8 is recorded with its bad bytes replaced; it is found again.
TEST(RunManifest, ANameThatIsNotUtf8IsFoundAgain) {
  EXPECT_EQ(recorded_otherwise("caf\xc3\xa9.txt"), std::nullopt);
  EXPECT_EQ(recorded_otherwise("bad\xff.txt"), "bad\xef\xbf\xbd.txt");
  const TempFile output("finished-bad\xff.xml", "<TEI/>");
  const TempFile manifest("finished-bad.jsonl", "");
  {
    ManifestWriter writer(manifest.path(), true);
    writer.append(ok("bad\xff.txt", output.path().string(), "c1"));
  }
  JobList jobs({JobOutputs::Kind::file, output.path().string(), ".xml"});
  jobs.add(jobs.add_folder("in"), "bad\xff.txt");
  EXPECT_EQ(finished_jobs(jobs, manifest.path(), "c1"), std::vector<bool>{true});
}

// A device is written to as it is: it has no last line to cut (--manifest /dev/null).
TEST(RunManifest, ADeviceIsAManifestToo) {
  EXPECT_NO_THROW(ManifestWriter("/dev/null", false).append(ok("a.txt", "", "c1")));
  EXPECT_NO_THROW(ManifestWriter("/dev/null", true).append(ok("a.txt", "", "c1")));
}

TEST(RunManifest, AnUnwritableManifestIsASetupError) {
  EXPECT_THROW(ManifestWriter("/proc/strata-manifest.jsonl", true), SetupError);
}

}  // namespace
}  // namespace strata::host
