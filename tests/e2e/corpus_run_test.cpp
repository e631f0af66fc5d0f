// Corpus runs end to end: the run manifest, resuming a killed run, shards of a job array.
#include "corpus_run.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

TEST(CorpusRun, ManifestRecordsEveryDocumentAsItGoes) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 3, 1);
  write_file(corpus / "bad.txt", std::string("\xff\xfe not UTF-8"));
  const auto run = run_strata(
      {"annotate", corpus.string(), "-o", (dir / "out").string(), "-p", "tokens", "-j", "2"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  const auto lines = manifest_lines(dir / "out" / "strata-manifest.jsonl");
  ASSERT_EQ(lines.size(), 4u);
  std::map<std::string, nlohmann::json> by_document;
  for (const auto& line : lines) by_document[line["document"]] = line;
  EXPECT_EQ(by_document["bad.txt"]["status"], "failed");
  EXPECT_NE(by_document["bad.txt"]["error"].get<std::string>().find("UTF-8"), std::string::npos);
  EXPECT_EQ(by_document["doc000.txt"]["status"], "ok");
  EXPECT_TRUE(fs::exists(by_document["doc000.txt"]["output"].get<std::string>()));
  EXPECT_EQ(by_document["doc000.txt"]["chain"], by_document["bad.txt"]["chain"]);
  EXPECT_TRUE(by_document["doc000.txt"]["seconds"].is_number());
}

TEST(CorpusRun, KilledRunResumesWithoutRedoingOrLosingAnything) {
  ScratchDir dir;
  // About 40 ms a document with the entity tagger: the run lasts seconds, long enough to be
  // killed in the middle.
  const fs::path corpus = make_corpus(dir, 60, 40);
  const std::vector<std::string> chain = {"-p", "tokens,entities", "-j", "1"};
  auto arguments =
      std::vector<std::string>{"annotate", corpus.string(), "-o", (dir / "out").string()};
  arguments.insert(arguments.end(), chain.begin(), chain.end());
  const fs::path manifest = dir / "out" / "strata-manifest.jsonl";
  // Kill -9 once five documents are recorded.
  const std::string script = strata_command(arguments) + " & pid=$!; " + "while [ \"$(cat " +
                             shell_quoted(manifest.string()) +
                             " 2>/dev/null | wc -l)\" -lt 5 ]; do sleep 0.02; done; " +
                             "kill -9 $pid; wait $pid; echo killed $?";
  const auto killed = run_command(script);
  ASSERT_NE(killed.out.find("killed 137"), std::string::npos) << killed.out << killed.err;
  const auto recorded = manifest_lines(manifest).size();
  ASSERT_GE(recorded, 5u);
  ASSERT_LT(recorded, 60u) << "the run ended before it was killed: the test proves nothing";

  // What a kill in the middle of a write leaves (whether this kill did depends on timing): a
  // process id above the kernel's largest is surely dead.
  std::ifstream pid_max("/proc/sys/kernel/pid_max");
  long dead = 0;
  pid_max >> dead;
  write_file(dir / "out" / (".doc059.xml.tmp-" + std::to_string(dead + 1) + "-3"), "<TEI");
  arguments.push_back("--resume");
  arguments.push_back("-v");
  const auto resumed = run_strata(arguments);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find("temporary file(s) a killed run left"), std::string::npos)
      << resumed.err;
  for (const auto& entry : fs::directory_iterator(dir / "out")) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos)
        << entry.path() << " was left behind";
  }
  EXPECT_NE(resumed.err.find("resuming: " + std::to_string(recorded) + " document(s) already done"),
            std::string::npos)
      << resumed.err;

  // Each document once, as ok, and the files equal those of a run never interrupted.
  std::map<std::string, int> seen;
  for (const auto& line : manifest_lines(manifest)) {
    EXPECT_EQ(line["status"], "ok") << line.dump();
    ++seen[line["document"]];
  }
  EXPECT_EQ(seen.size(), 60u);
  for (const auto& [document, times] : seen) EXPECT_EQ(times, 1) << document;
  auto whole =
      std::vector<std::string>{"annotate", corpus.string(), "-o", (dir / "whole").string()};
  whole.insert(whole.end(), chain.begin(), chain.end());
  ASSERT_EQ(run_strata(whole).exit_code, 0);
  expect_same_outputs(dir / "out", dir / "whole");
}

TEST(CorpusRun, ResumeRedoesWhatAnotherChainMadeAndWhatFailed) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 2, 1);
  write_file(corpus / "bad.txt", "");
  const std::string out = (dir / "out").string();
  EXPECT_EQ(run_strata({"annotate", corpus.string(), "-o", out, "-p", "tokens"}).exit_code, 1);
  write_file(corpus / "bad.txt", "Ora va bene.\n");
  const auto again =
      run_strata({"annotate", corpus.string(), "-o", out, "-p", "tokens", "--resume", "-v"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("2 document(s) already done, 1 to go"), std::string::npos) << again.err;
  const auto other = run_strata(
      {"annotate", corpus.string(), "-o", out, "-p", "tokens", "-f", "json", "--resume", "-v"});
  ASSERT_EQ(other.exit_code, 0) << other.err;
  EXPECT_NE(other.err.find("0 document(s) already done, 3 to go"), std::string::npos) << other.err;
}

TEST(CorpusRun, FourShardsTogetherEqualOneRun) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 20, 1);
  ASSERT_EQ(run_strata({"annotate", corpus.string(), "-o", (dir / "one").string(), "-p", "tokens"})
                .exit_code,
            0);
  std::size_t recorded = 0;
  for (int shard = 0; shard < 4; ++shard) {
    const auto run =
        run_strata({"annotate", corpus.string(), "-o", (dir / "four").string(), "-p", "tokens",
                    "--shard-index", std::to_string(shard), "--shard-count", "4"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const fs::path manifest =
        dir / "four" / ("strata-manifest.shard-" + std::to_string(shard) + "-of-4.jsonl");
    const auto lines = manifest_lines(manifest);
    EXPECT_GT(lines.size(), 0u) << "shard " << shard << " got nothing of 20 documents";
    recorded += lines.size();
  }
  EXPECT_EQ(recorded, 20u);
  expect_same_outputs(dir / "four", dir / "one");

  // The shards' TEI merged into one teiCorpus is the one run's --corpus-file, byte for byte.
  ASSERT_EQ(run_strata({"annotate", corpus.string(), "-p", "tokens", "-q", "--corpus-file",
                        (dir / "one.xml").string()})
                .exit_code,
            0);
  std::vector<std::string> merge = {"merge"};
  for (int shard = 0; shard < 4; ++shard) {
    merge.push_back(
        (dir / "four" / ("strata-manifest.shard-" + std::to_string(shard) + "-of-4.jsonl"))
            .string());
  }
  merge.insert(merge.end(),
               {"--corpus", corpus.string(), "--tei-corpus", (dir / "four.xml").string()});
  const auto merged = run_strata(merge);
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(read_file(dir / "four.xml"), read_file(dir / "one.xml"));

  // A document whose output is gone is named, the others still go in, and the exit code is 1.
  fs::remove(dir / "four" / "doc003.xml");
  const auto partial = run_strata(merge);
  EXPECT_EQ(partial.exit_code, 1) << partial.err;
  EXPECT_NE(partial.err.find("doc003.txt: not put into the teiCorpus: cannot read"),
            std::string::npos)
      << partial.err;
  const std::string xml = read_file(dir / "four.xml");
  EXPECT_NE(xml.find("Corpus of 19 documents"), std::string::npos);
  EXPECT_EQ(xml.find("xml:id=\"d4."), std::string::npos);
  EXPECT_NE(xml.find("xml:id=\"d5."), std::string::npos);
}

TEST(CorpusRun, QuietRunsPrintNoWarnings) {
  ScratchDir dir;
  // A JSON input that already has tokens: the tokens plugin is skipped with a warning.
  const auto first = run_strata({"annotate", corpus_sample().string(), "-p", "tokens", "-f", "json",
                                 "-o", (dir / "a.json").string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto loud = run_strata({"annotate", (dir / "a.json").string(), "-p", "tokens"});
  EXPECT_NE(loud.err.find("warning"), std::string::npos) << loud.err;
  const auto quiet = run_strata({"annotate", (dir / "a.json").string(), "-p", "tokens", "-q"});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
}

}  // namespace
}  // namespace strata::testing

namespace strata::testing {
namespace {

TEST(SlurmScript, ArrayTasksRunAsSlurmWouldEqualOneRunAndMergeClean) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 12, 1);
  const auto script =
      run_strata({"slurm-script", "--corpus", corpus.string(), "-o", (dir / "out").string(),
                  "--shards", "3", "-p", "tokens", "--cpus", "2"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  EXPECT_NE(script.out.find("#SBATCH --array=0-2\n"), std::string::npos) << script.out;
  EXPECT_NE(script.out.find("#SBATCH --cpus-per-task=2\n"), std::string::npos) << script.out;
  write_file(dir / "job.sh", script.out);
  // What sbatch does for each task of --array=1-3, without a cluster.
  for (int task = 1; task <= 3; ++task) {
    const auto run =
        run_command("cd " + shell_quoted(dir.path().string()) +
                    " && env -u OMPI_COMM_WORLD_RANK SLURM_ARRAY_TASK_ID=" + std::to_string(task) +
                    " SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_COUNT=3 "
                    "SOURCE_DATE_EPOCH=1764374400 bash job.sh");
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }
  ASSERT_EQ(run_strata({"annotate", corpus.string(), "-o", (dir / "one").string(), "-p", "tokens"})
                .exit_code,
            0);
  expect_same_outputs(dir / "out", dir / "one");

  std::vector<std::string> merge = {"merge"};
  for (int shard = 0; shard < 3; ++shard) {
    merge.push_back(
        (dir / "out" / ("strata-manifest.shard-" + std::to_string(shard) + "-of-3.jsonl"))
            .string());
  }
  merge.insert(merge.end(), {"--corpus", corpus.string(), "-o", (dir / "merged.jsonl").string()});
  const auto merged = run_strata(merge);
  EXPECT_EQ(merged.exit_code, 0) << merged.out << merged.err;
  EXPECT_EQ(merged.out, "12 documents: 12 done, 0 failed, 0 missing\n");
  EXPECT_EQ(manifest_lines(dir / "merged.jsonl").size(), 12u);

  // A shard that never ran leaves its documents missing, each named.
  merge.erase(merge.begin() + 1);
  const auto partial = run_strata(merge);
  EXPECT_EQ(partial.exit_code, 1);
  EXPECT_NE(partial.out.find("missing\tdoc"), std::string::npos) << partial.out;
  EXPECT_EQ(partial.out.find(", 0 missing"), std::string::npos) << partial.out;
}

// An array task given a file of its own (annotate f_$ID.txt) annotates it: the task's shard cuts
// a corpus, not one document named on its own. Each task still keeps its own manifest in a shared
// output folder. A folder is still cut.
TEST(SlurmScript, AnArrayTaskAnnotatesTheOneFileItIsGiven) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 6, 1);
  for (int task = 0; task < 3; ++task) {
    const std::vector<std::string> array = {"SLURM_ARRAY_TASK_ID=" + std::to_string(task),
                                            "SLURM_ARRAY_TASK_COUNT=3"};
    const std::string document = "doc00" + std::to_string(task) + ".txt";
    const auto file = run_command(strata_command({"annotate", (corpus / document).string(), "-o",
                                                  (dir / "each").string() + "/", "-p", "tokens"},
                                                 array));
    EXPECT_EQ(file.exit_code, 0) << file.err;
    const auto piped = run_command(strata_command({"annotate", "-p", "tokens"}, array),
                                   (corpus / "doc000.txt").string());
    EXPECT_NE(piped.out.find("<TEI"), std::string::npos) << "task " << task << piped.err;
    const auto folder = run_command(strata_command(
        {"annotate", corpus.string(), "-o", (dir / "out").string(), "-p", "tokens"}, array));
    EXPECT_EQ(folder.exit_code, 0) << folder.err;
  }
  EXPECT_EQ(output_files_below(dir / "each").size(), 3u) << "a task wrote nothing";
  EXPECT_EQ(output_files_below(dir / "out").size(), 6u) << "the shards overlap or miss some";
  std::size_t folder_lines = 0;
  for (int task = 0; task < 3; ++task) {
    const std::string manifest = "strata-manifest.shard-" + std::to_string(task) + "-of-3.jsonl";
    const auto own = manifest_lines(dir / "each" / manifest);
    ASSERT_EQ(own.size(), 1u) << manifest;
    EXPECT_EQ(own[0]["document"], "doc00" + std::to_string(task) + ".txt");
    const auto cut = manifest_lines(dir / "out" / manifest);
    EXPECT_LT(cut.size(), 6u) << "task " << task << " did not cut the folder";
    folder_lines += cut.size();
  }
  EXPECT_EQ(folder_lines, 6u);
}

TEST(SlurmScript, BadArgumentsAreOneLineErrors) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 1, 1);
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--corpus", (dir / "none").string(), "-o", "o", "--shards", "2"}, "corpus not found"},
      {{"--corpus", corpus.string(), "-o", "o", "--shards", "0"}, "--shards"},
      {{"--corpus", corpus.string(), "-o", "o", "--shards", "2", "--mem", "lots"}, "--mem"},
      {{"--corpus", corpus.string(), "-o", "o"}, "shards"},
  };
  for (const auto& [arguments, expected] : cases) {
    std::vector<std::string> command = {"slurm-script"};
    command.insert(command.end(), arguments.begin(), arguments.end());
    const auto run = run_strata(command);
    EXPECT_EQ(run.exit_code, 2) << expected;
    EXPECT_NE(run.err.find(expected), std::string::npos) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
  }
}

TEST(Merge, FailedDocumentsAreNamedWithTheirError) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 2, 1);
  write_file(corpus / "empty.txt", "");
  EXPECT_EQ(run_strata({"annotate", corpus.string(), "-o", (dir / "out").string(), "-p", "tokens"})
                .exit_code,
            1);
  const auto merged = run_strata({"merge", (dir / "out" / "strata-manifest.jsonl").string()});
  EXPECT_EQ(merged.exit_code, 1);
  EXPECT_NE(merged.out.find("failed\tempty.txt\t"), std::string::npos) << merged.out;
  EXPECT_NE(merged.out.find("3 documents: 2 done, 1 failed\n"), std::string::npos) << merged.out;
  const auto missing = run_strata({"merge", (dir / "nothing.jsonl").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("manifest not found"), std::string::npos) << missing.err;
}

// Only files of TEI go into the teiCorpus: JSON and standard output are named, and left out.
TEST(Merge, ATeiCorpusTakesOnlyTeiFiles) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 2, 1);
  ASSERT_EQ(run_strata({"annotate", corpus.string(), "-o", (dir / "json").string(), "-p", "tokens",
                        "-f", "json"})
                .exit_code,
            0);
  const auto json = run_strata({"merge", (dir / "json" / "strata-manifest.jsonl").string(),
                                "--tei-corpus", (dir / "json.xml").string()});
  EXPECT_EQ(json.exit_code, 1);
  EXPECT_NE(json.err.find("doc000.txt: not put into the teiCorpus: cannot put a document into the "
                          "teiCorpus: text outside the TEI element"),
            std::string::npos)
      << json.err;
  EXPECT_NE(json.err.find("no document was put into"), std::string::npos) << json.err;
  EXPECT_FALSE(fs::exists(dir / "json.xml"));
  const fs::path one = corpus / "doc000.txt";
  ASSERT_EQ(run_strata({"annotate", one.string(), "-p", "tokens", "--manifest",
                        (dir / "stdout.jsonl").string()})
                .exit_code,
            0);
  const auto out = run_strata(
      {"merge", (dir / "stdout.jsonl").string(), "--tei-corpus", (dir / "stdout.xml").string()});
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_NE(out.err.find("it went to standard output, not a file"), std::string::npos) << out.err;
}

}  // namespace
}  // namespace strata::testing

namespace strata::testing {
namespace {

TEST(CorpusRun, CorpusFileDashIsStandardOutput) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 3, 1);
  const auto to_file = run_strata(
      {"annotate", corpus.string(), "-p", "tokens", "--corpus-file", (dir / "c.xml").string()});
  ASSERT_EQ(to_file.exit_code, 0) << to_file.err;
  const auto to_stdout = run_command(
      "cd " + shell_quoted(dir.path().string()) + " && " +
      strata_command({"annotate", corpus.string(), "-p", "tokens", "--corpus-file", "-"}));
  ASSERT_EQ(to_stdout.exit_code, 0) << to_stdout.err;
  EXPECT_EQ(to_stdout.out, read_file(dir / "c.xml"));
  EXPECT_FALSE(fs::exists(dir / "-"));  // not a file named "-"
}

TEST(CorpusRun, CorpusFileTakesNoShardsNorResume) {
  ScratchDir dir;
  const fs::path corpus = make_corpus(dir, 2, 1);
  for (const auto& extra : std::vector<std::vector<std::string>>{
           {"--shard-index", "0", "--shard-count", "2"}, {"--resume", "--manifest", "m.jsonl"}}) {
    std::vector<std::string> arguments = {"annotate", corpus.string(), "-p",
                                          "tokens",   "--corpus-file", (dir / "c.xml").string()};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const auto run = run_strata(arguments);
    EXPECT_EQ(run.exit_code, 2) << extra[0];
    EXPECT_NE(run.err.find("--corpus-file collects one run in one file"), std::string::npos)
        << run.err;
    EXPECT_FALSE(fs::exists(dir / "c.xml"));
  }
}

}  // namespace
}  // namespace strata::testing
