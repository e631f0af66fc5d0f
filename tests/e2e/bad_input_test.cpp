// Every bad input and bad plugin gets a one-line error and the documented exit code.
#include <gtest/gtest.h>

#include <filesystem>

#include "strata/version.hpp"
#include "strata_process.hpp"

namespace strata::testing {
namespace {

std::vector<std::string> with_fixtures(std::vector<std::string> arguments) {
  arguments.push_back("--plugin-path");
  arguments.push_back(fixture_plugin_dir().string());
  return arguments;
}

// Setup errors come as exactly one line on standard error, with exit code 2.
void expect_setup_error(const ProcessResult& result, const std::string& message) {
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

class BadInput : public ::testing::Test {
 protected:
  ScratchDir dir_;
};

TEST_F(BadInput, MissingInputFile) {
  const auto missing = (dir_ / "missing.txt").string();
  expect_setup_error(run_strata(with_fixtures({"annotate", missing, "-p", "thrower"})),
                     "strata: error: input not found: " + missing);
}

TEST_F(BadInput, DirectoryWithNoText) {
  write_file(dir_ / "corpus" / "notes.md", "not a text file");
  expect_setup_error(run_strata(with_fixtures({"annotate", (dir_ / "corpus").string(), "-o",
                                               (dir_ / "out").string(), "-p", "thrower"})),
                     "no *.txt, *.json or *.xml files under input directory");
}

// A bad document fails alone: exit 1, a line naming it, no output file for it.
void expect_document_failure(const ScratchDir& dir, const std::string& content,
                             const std::string& message, const std::string& format = "tei") {
  write_file(dir / "in" / "bad.txt", content);
  write_file(dir / "in" / "good.txt", "Good text.\n");
  const auto result =
      run_strata(with_fixtures({"annotate", (dir / "in").string(), "-o", (dir / "out").string(),
                                "-p", "thrower", "-f", format}));
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("strata: error: bad.txt: " + message), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("1 of 2 documents failed"), std::string::npos) << result.err;
  const std::string extension = format == "json" ? ".json" : ".xml";
  EXPECT_FALSE(std::filesystem::exists(dir / "out" / ("bad" + extension)));
  EXPECT_TRUE(std::filesystem::exists(dir / "out" / ("good" + extension)));
}

TEST_F(BadInput, EmptyFile) {
  expect_document_failure(dir_, "", "empty file");
}

TEST_F(BadInput, WhitespaceOnlyFile) {
  expect_document_failure(dir_, " \n\n\t\n", "no text (only whitespace)");
}

// A byte order mark and blanks, or only no-break and ideographic spaces, are no text either.
TEST_F(BadInput, ByteOrderMarkAndUnicodeSpacesOnly) {
  expect_document_failure(dir_, "\xEF\xBB\xBF  \n", "no text (only whitespace)");
  expect_document_failure(dir_, "\xC2\xA0\xE3\x80\x80\n", "no text (only whitespace)");
}

TEST_F(BadInput, BinaryFile) {
  expect_document_failure(dir_,
                          std::string("\x7f"
                                      "ELF\x02\x01\x01\0\0\0",
                                      10),
                          "binary data (NUL byte) at byte 7");
}

TEST_F(BadInput, InvalidUtf8) {
  expect_document_failure(dir_, "Citt\xC3\xA0 ok, ma qui no: \xE0\x80 fine.",
                          "invalid UTF-8 at byte 22");
}

TEST_F(BadInput, PluginThrowingOnOneDocument) {
  expect_document_failure(dir_, "This one goes BOOM.\n",
                          "plugin 'thrower' failed: BOOM found in the text");
}

TEST_F(BadInput, PluginWritingAnUndeclaredLayer) {
  expect_document_failure(dir_, "ROGUE plugin.\n",
                          "plugin 'thrower' failed: plugin 'thrower' tried to add layer "
                          "'rogue', which its manifest does not declare");
}

TEST_F(BadInput, PluginAnnotatingOutsideTheText) {
  expect_document_failure(dir_, "OUTSIDE the text.\n",
                          "plugin 'thrower' failed: layer 'marks': annotation [0, 28) is "
                          "outside the text (18 bytes)");
}

// JSON took it as it was, and only TEI refused it, when writing and without the plugin's name.
TEST_F(BadInput, PluginReferringToNoAnnotation) {
  for (const char* format : {"json", "tei"}) {
    expect_document_failure(dir_, "A DANGLING reference.\n",
                            "plugin 'thrower' failed: layer 'marks', annotation 0: feature "
                            "'target' refers to annotation 7 of layer 'marks', which does not "
                            "exist",
                            format);
  }
}

// Each ran the default chain, or no plugin at all, and wrote its output.
TEST_F(BadInput, OptionsThatNameNothing) {
  write_file(dir_ / "a.txt", "Good text.\n");
  const auto out = (dir_ / "a.xml").string();
  const std::string in = (dir_ / "a.txt").string();
  expect_setup_error(run_strata({"annotate", in, "-o", out, "-p", ""}),
                     "-p '' lists no plugin (give names or paths, comma-separated)");
  expect_setup_error(run_strata({"annotate", in, "-o", out, "-p", " , "}),
                     "-p ' , ' lists no plugin");
  expect_setup_error(run_strata({"annotate", in, "-o", out, "-c", ""}), "-c needs a value");
  expect_setup_error(run_strata({"annotate", in, "-o", out, "-l", ""}), "-l needs a value");
  expect_setup_error(run_strata({"plugins", "graph", "-p", ","}), "-p ',' lists no plugin");
  EXPECT_FALSE(std::filesystem::exists(out));
}

// A chain file kept with a project names plugins relative to itself, and cannot: say from where.
TEST_F(BadInput, RelativePluginPathThatIsNotThere) {
  const auto result = run_strata({"annotate", "-p", "../nowhere/strata_x.so"});
  expect_setup_error(result,
                     "../nowhere/strata_x.so: cannot open plugin: No such file or "
                     "directory (a relative path is taken from the current directory, ");
}

TEST_F(BadInput, UnknownPluginInChainFile) {
  const auto chain = dir_ / "chain.ini";
  write_file(chain, "# typo below\nplugins = thrower, thrwer\n");
  expect_setup_error(run_strata(with_fixtures({"annotate", "-c", chain.string()})),
                     chain.string() + ":2: no plugin named 'thrwer' (looked for ");
}

TEST_F(BadInput, APluginListedTwiceInAChainFileIsNamedAtItsLine) {
  const auto chain = dir_ / "chain.ini";
  write_file(chain, "plugins = thrower, thrower\n");
  expect_setup_error(run_strata(with_fixtures({"annotate", "-c", chain.string()})),
                     chain.string() + ":1: plugin 'thrower' is in the chain twice");
  expect_setup_error(run_strata(with_fixtures({"annotate", "-p", "thrower,thrower"})),
                     "plugin 'thrower' is in the chain twice");
}

TEST_F(BadInput, UnknownPluginInChain) {
  expect_setup_error(run_strata(with_fixtures({"annotate", "-p", "thrower,nosuch"})),
                     "no plugin named 'nosuch' (looked for strata_nosuch.so in ");
  expect_setup_error(run_strata(with_fixtures({"annotate", "-p", "strata_thrower.so"})),
                     "; to load a file, give its path: ./strata_thrower.so");
}

TEST_F(BadInput, UnknownOptionInChainFile) {
  write_file(dir_ / "chain.ini", "plugins = tokens, counter\n\n[counter]\nmin_lenght = 3\n");
  expect_setup_error(
      run_strata(with_fixtures({"annotate", "-c", (dir_ / "chain.ini").string()})),
      (dir_ / "chain.ini").string() +
          ":4: plugin 'counter' has no option 'min_lenght' (its options: min_length, label, "
          "weight, enabled)");
}

TEST_F(BadInput, MistypedOptionInChainFileAndSet) {
  write_file(dir_ / "chain.ini", "plugins = tokens, counter\n[counter]\nenabled = sometimes\n");
  expect_setup_error(run_strata(with_fixtures({"annotate", "-c", (dir_ / "chain.ini").string()})),
                     "chain.ini:3: option 'counter.enabled' is boolean: expected a boolean");
  expect_setup_error(
      run_strata(with_fixtures({"annotate", "-p", "tokens,counter", "--set", "counter.weight=x"})),
      "--set: option 'counter.weight' is real: expected a real number, found 'x'");
}

TEST_F(BadInput, OptionRefusedByThePlugin) {
  write_file(dir_ / "a.txt", "text");
  expect_setup_error(
      run_strata(with_fixtures({"annotate", (dir_ / "a.txt").string(), "-p", "tokens,counter",
                                "--set", "counter.min_length=-1"})),
      "plugin 'counter' refused its options: min_length must not be negative");
  // A refusal that names the option is said at the line that set it.
  write_file(dir_ / "chain.ini", "plugins = tokens\n[tokens]\nparagraphs = sometimes\n");
  expect_setup_error(
      run_strata({"annotate", (dir_ / "a.txt").string(), "-c", (dir_ / "chain.ini").string()}),
      (dir_ / "chain.ini").string() +
          ":3: plugin 'tokens' refused its options: option "
          "'paragraphs' must be");
  // A chain file with a NUL byte is refused at its line, not quoted up to it.
  write_file(dir_ / "nul.ini",
             std::string("plugins = tokens\n[tokens]\nparagraphs = li\0nes\n", 46));
  expect_setup_error(
      run_strata({"annotate", (dir_ / "a.txt").string(), "-c", (dir_ / "nul.ini").string()}),
      (dir_ / "nul.ini").string() + ":3: a NUL byte: a chain file is text");
}

TEST_F(BadInput, SharedObjectThatIsNotAPlugin) {
  expect_setup_error(run_strata(with_fixtures({"annotate", "-p", "notaplugin"})),
                     "strata_notaplugin.so: not a Strata plugin (no 'strata_plugin' symbol)");
  write_file(dir_ / "strata_garbage.so", "this is not a shared object\n");
  expect_setup_error(run_strata({"annotate", "-p", (dir_ / "strata_garbage.so").string()}),
                     "strata_garbage.so: cannot load: ");
}

TEST_F(BadInput, PluginBuiltAgainstAnotherSdkMajorVersion) {
  expect_setup_error(run_strata(with_fixtures({"annotate", "-p", "othermajor"})),
                     "wrong SDK API version: the plugin was built for SDK API 2.0, this strata "
                     "supports 1.x; rebuild the plugin against SDK 1." +
                         std::to_string(STRATA_API_MINOR));
}

// Its layer name would fail every document, one by one; refused before any is read instead.
TEST_F(BadInput, PluginWithAnUnusableManifest) {
  write_file(dir_ / "a.txt", "Good text.\n");
  expect_setup_error(
      run_strata(with_fixtures({"annotate", (dir_ / "a.txt").string(), "-p", "tokens,badlayer",
                                "-o", (dir_ / "a.xml").string()})),
      "strata_badlayer.so: bad manifest: provided layers: invalid layer name "
      "'Bad Layer'");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "a.xml"));
}

TEST_F(BadInput, PluginWhoseManifestThrows) {
  expect_setup_error(run_strata(with_fixtures({"annotate", "-p", "badmanifest"})),
                     "strata_badmanifest.so: the plugin failed to build its manifest: the layer "
                     "list is missing\\nsee the README");
}

// The loader would fail first, on the missing libstrata_sdk.so.2; the version is what to say.
TEST_F(BadInput, PluginLinkingAnotherSdkMajorVersion) {
  expect_setup_error(run_strata(with_fixtures({"annotate", "-p", "linkssdk2"})),
                     "strata_linkssdk2.so: wrong SDK API version: the plugin was built for SDK "
                     "API 2.x (it links libstrata_sdk.so.2), this strata supports 1.x");
}

TEST_F(BadInput, PluginBuiltWithAnotherToolchain) {
  expect_setup_error(run_strata(with_fixtures({"annotate", "-p", "otherabi"})),
                     "built with an incompatible toolchain (plugin ABI "
                     "'clang-99.0,libc++-1,boost-100000', strata ABI 'gcc-");
}

TEST_F(BadInput, UnwritableOutputDirectory) {
  write_file(dir_ / "a.txt", "text");
  write_file(dir_ / "file", "a file where a directory should be");
  expect_setup_error(
      run_strata(with_fixtures({"annotate", (dir_ / "a.txt").string(), "-p", "thrower", "-o",
                                (dir_ / "file" / "out/").string()})),
      "cannot create output directory " + (dir_ / "file" / "out").string());
}

// Output that standard output does not take (a full disk) is lost: the document fails, and a
// command that printed a table does not end in success either.
TEST_F(BadInput, StandardOutputThatTakesNothing) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full here";
  write_file(dir_ / "a.txt", "Good text.\n");
  const auto manifest = dir_ / "run.jsonl";
  const auto annotated =
      run_command(strata_command(with_fixtures({"annotate", (dir_ / "a.txt").string(), "-p",
                                                "thrower", "--manifest", manifest.string()})) +
                  " >/dev/full");
  EXPECT_EQ(annotated.exit_code, 1) << annotated.err;
  EXPECT_NE(annotated.err.find("a.txt: cannot write standard output: No space left on device"),
            std::string::npos)
      << annotated.err;
  EXPECT_NE(read_file(manifest).find("\"status\":\"failed\""), std::string::npos);
  const auto listed = run_command(strata_command({"plugins", "list"}) + " >/dev/full");
  EXPECT_EQ(listed.exit_code, 1) << listed.err;
  EXPECT_EQ(listed.err, "strata: cannot write standard output: No space left on device\n");
}

// A closed standard input is a read error, not an empty document.
TEST_F(BadInput, ClosedStandardInput) {
  const auto result = run_command(strata_command({"annotate", "-p", "tokens"}) + " <&-");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("stdin: cannot read standard input: Bad file descriptor"),
            std::string::npos)
      << result.err;
}

// A command never writes over a file it reads: the run is refused before anything is written,
// and the input is as it was.
TEST_F(BadInput, NoCommandWritesOverItsInputs) {
  const std::string text = "Mario Rossi a Roma.\n";
  write_file(dir_ / "a.txt", text);
  write_file(dir_ / "corpus" / "b.txt", text);
  write_file(dir_ / "done" / "b.json", "{}");
  write_file(dir_ / "train.tsv", "Mario\tB-PER\n");
  write_file(dir_ / "run.jsonl", "");
  const auto at = [&](const char* name) { return (dir_ / name).string(); };
  expect_setup_error(
      run_strata({"annotate", at("a.txt"), "-p", "tokens", "--corpus-file", at("a.txt")}),
      "the output " + at("a.txt") + " is also an input: it would be overwritten");
  expect_setup_error(
      run_strata({"annotate", at("corpus"), "-p", "tokens", "--corpus-file", at("corpus/b.txt")}),
      "the output " + at("corpus/b.txt") + " is also an input");
  expect_setup_error(run_strata({"annotate", at("a.txt"), "-p", "tokens", "--corpus-file",
                                 at("all.xml"), "--manifest", at("all.xml")}),
                     "the run manifest " + at("all.xml") + " is also the output");
  expect_setup_error(run_strata({"report", at("done"), "-o", at("done/b.json")}),
                     "the output " + at("done/b.json") + " is also an input");
  expect_setup_error(run_strata({"train", "entities", "--data", at("train.tsv"), "--lang", "it",
                                 "-o", at("train.tsv")}),
                     "the output " + at("train.tsv") + " is also an input");
  expect_setup_error(run_strata({"merge", at("run.jsonl"), "-o", at("run.jsonl")}),
                     "the output " + at("run.jsonl") + " is also an input");
  EXPECT_EQ(read_file(dir_ / "a.txt"), text);
  EXPECT_EQ(read_file(dir_ / "corpus" / "b.txt"), text);
  EXPECT_EQ(read_file(dir_ / "done" / "b.json"), "{}");
  EXPECT_EQ(read_file(dir_ / "train.tsv"), "Mario\tB-PER\n");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "all.xml"));
  // A teiCorpus is made of the TEI files the manifest lists: it may not be one of them.
  ASSERT_EQ(run_strata({"annotate", at("a.txt"), at("corpus/b.txt"), "-p", "tokens", "-o",
                        at("out") + "/"})
                .exit_code,
            0);
  const std::string tei = read_file(dir_ / "out" / "a.xml");
  expect_setup_error(
      run_strata({"merge", at("out/strata-manifest.jsonl"), "--tei-corpus", at("out/a.xml")}),
      "the output " + at("out/a.xml") + " is also the TEI of a.txt");
  EXPECT_EQ(read_file(dir_ / "out" / "a.xml"), tei);
}

// A --corpus-file in the input folder that an earlier run wrote is not read as input: the run
// can be repeated.
TEST_F(BadInput, ACorpusFileInsideTheInputFolderIsNotAnInput) {
  write_file(dir_ / "corpus" / "a.txt", "Mario Rossi a Roma.\n");
  const std::string corpus = (dir_ / "corpus").string();
  const std::string all = (dir_ / "corpus" / "all.xml").string();
  for (int run = 0; run < 2; ++run) {
    const auto result = run_strata({"annotate", corpus, "-p", "tokens", "--corpus-file", all});
    EXPECT_EQ(result.exit_code, 0) << result.err;
  }
  EXPECT_NE(read_file(all).find("<teiCorpus"), std::string::npos);
}

// An output folder inside the input folder is not read as input: a second run, and a resumed
// one, go ahead and annotate the input documents alone.
TEST_F(BadInput, AnOutputFolderInsideTheInputFolderIsNotAnInput) {
  write_file(dir_ / "corpus" / "a.txt", "Mario Rossi a Roma.\n");
  const std::string corpus = (dir_ / "corpus").string();
  const std::string out = (dir_ / "corpus" / "out").string();
  for (const bool resume : {false, false, true}) {
    std::vector<std::string> arguments = {"annotate", corpus, "-o", out, "-p", "tokens"};
    if (resume) arguments.push_back("--resume");
    const auto result = run_strata(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
  }
  EXPECT_TRUE(std::filesystem::exists(dir_ / "corpus" / "out" / "a.xml"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "corpus" / "out" / "out"));
  const auto again = run_strata({"annotate", corpus, "-o", out, "-p", "tokens"});
  EXPECT_NE(again.err.find("not reading the output directory " + out +
                           " as input: it is inside input directory " + corpus),
            std::string::npos)
      << again.err;
}

// The language a JSON document stores is checked as -l is.
TEST_F(BadInput, AStoredLanguageThatIsNoLanguageTag) {
  write_file(dir_ / "in" / "a.txt", "Mario Rossi a Roma.\n");
  const auto made = run_strata({"annotate", (dir_ / "in" / "a.txt").string(), "-p", "tokens", "-f",
                                "json", "-o", (dir_ / "a.json").string()});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  std::string json = read_file(dir_ / "a.json");
  const std::size_t lang = json.find("\"lang\":\"");
  ASSERT_NE(lang, std::string::npos) << json;
  json.insert(lang + 8, "x y<");
  write_file(dir_ / "bad.json", json);
  const auto result = run_strata({"annotate", (dir_ / "bad.json").string(), "-p", "tokens"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("bad.json: the stored language: unknown language 'x y<"),
            std::string::npos)
      << result.err;
  // -l replaces it, as it replaces any stored language.
  EXPECT_EQ(
      run_strata({"annotate", (dir_ / "bad.json").string(), "-p", "tokens", "-l", "it"}).exit_code,
      0);
}

TEST_F(BadInput, UsageErrors) {
  expect_setup_error(run_strata({"annotate", "-f", "xml"}), "unknown output format 'xml'");
  expect_setup_error(run_strata({"annotate", "-c", "x.ini", "-p", "tokens"}),
                     "give either -c (a chain file) or -p (a plugin list), not both");
  expect_setup_error(run_strata({"annotate", "--frobnicate"}), "unrecognised option");
  expect_setup_error(run_strata({"annotate", "-j", "0"}), "-j needs at least 1 worker");
  expect_setup_error(run_strata({"annotate", "-l", "Italian"}), "unknown language 'Italian'");
  expect_setup_error(run_strata({"annotate", "-l", "it_IT"}), "unknown language 'it_IT'");
  expect_setup_error(run_strata({"annotate", "-c", (dir_ / "none.ini").string()}),
                     "cannot read chain file");
  expect_setup_error(run_strata({"annotate", "--plugin-path", (dir_ / "none").string()}),
                     "--plugin-path " + (dir_ / "none").string() + ": not a directory");
  EXPECT_EQ(run_strata({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(run_strata({}).exit_code, 2);
}

}  // namespace
}  // namespace strata::testing
