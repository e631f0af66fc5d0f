// strata annotate end to end: inputs, outputs, chains, languages and worker counts.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

const fs::path kItalianSample = source_dir() / "examples" / "it-vertice-roma.txt";
const fs::path kEnglishSample = source_dir() / "examples" / "en-summit-geneva.txt";

std::vector<std::string> with_fixtures(std::vector<std::string> arguments) {
  arguments.push_back("--plugin-path");
  arguments.push_back(fixture_plugin_dir().string());
  return arguments;
}

TEST(Annotate, SampleToStandardOutputAsTei) {
  const auto result = run_strata({"annotate", kItalianSample.string(), "-p", "tokens"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.starts_with("<?xml")) << result.out.substr(0, 200);
  EXPECT_NE(result.out.find("xml:lang=\"it\""), std::string::npos);
  EXPECT_NE(result.out.find("<w "), std::string::npos);
  EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST(Annotate, StandardInputAsJsonWithGivenLanguage) {
  ScratchDir dir;
  write_file(dir / "in.txt", "Dr. Smith arrived. He said: \"Hello\".\n");
  const auto result = run_strata({"annotate", "-", "-p", "tokens", "-f", "json", "-l", "en"},
                                 (dir / "in.txt").string());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["id"], "stdin");
  EXPECT_EQ(json["lang"], "en");
  EXPECT_EQ(json["text"], "Dr. Smith arrived. He said: \"Hello\".\n");
  EXPECT_EQ(json["layers"]["sentences"].size(), 2u);
  EXPECT_EQ(json["layers"]["tokens"][0]["end"], 3);  // "Dr." keeps its dot
}

// A language tag with a region is kept on the document and read by the plugins as its language.
TEST(Annotate, ALanguageTagWithARegion) {
  ScratchDir dir;
  write_file(dir / "in.txt", "Dr. Smith arrived. He said: \"Hello\".\n");
  const auto result = run_strata({"annotate", "-", "-p", "tokens", "-f", "json", "-l", "en-GB"},
                                 (dir / "in.txt").string());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["lang"], "en-GB");
  EXPECT_EQ(json["layers"]["sentences"].size(), 2u);  // English abbreviations: "Dr." ends none
}

TEST(Annotate, DashAsOutputIsStandardOutput) {
  ScratchDir dir;
  write_file(dir / "in.txt", "Dr. Smith arrived.\n");
  // Run in the scratch folder, where a folder named "-" would appear.
  const auto result =
      run_command("cd " + shell_quoted(dir.path().string()) + " && " +
                      strata_command({"annotate", "-", "-p", "tokens", "-f", "json", "-o", "-"}),
                  (dir / "in.txt").string());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["text"], "Dr. Smith arrived.\n");
  EXPECT_FALSE(fs::exists(dir / "-"));
  // "-o -" is an output like any other: not with --corpus-file.
  const auto both = run_strata({"annotate", (dir / "in.txt").string(), "-p", "tokens", "-o", "-",
                                "--corpus-file", (dir / "c.xml").string()});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("give either -o or --corpus-file"), std::string::npos) << both.err;
}

TEST(Annotate, LanguageIsDetectedWhenAuto) {
  const auto italian = run_strata({"annotate", kItalianSample.string(), "-p", "tokens"});
  const auto english = run_strata({"annotate", kEnglishSample.string(), "-p", "tokens"});
  EXPECT_NE(italian.out.find("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"it\""),
            std::string::npos);
  EXPECT_NE(english.out.find("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\""),
            std::string::npos);
}

TEST(Annotate, DirectoryTreeIsMirroredAndWorkerCountDoesNotChangeOutput) {
  ScratchDir dir;
  for (int i = 0; i < 6; ++i) {
    const std::string sub = i % 2 ? "odd" : "even/deeper";
    fs::create_directories(dir / "corpus" / sub);
    fs::copy_file(i % 3 ? kItalianSample : kEnglishSample,
                  dir / "corpus" / sub / ("doc" + std::to_string(i) + ".txt"));
  }
  write_file(dir / "corpus" / "skipped.md", "not text");
  const auto one = run_strata({"annotate", (dir / "corpus").string(), "-o", (dir / "one").string(),
                               "-p", "tokens", "-j", "1"});
  const auto two = run_strata({"annotate", (dir / "corpus").string(), "-o", (dir / "two").string(),
                               "-p", "tokens", "-j", "2"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  const auto first = output_files_below(dir / "one");
  EXPECT_EQ(first.size(), 6u);
  EXPECT_TRUE(first.count("even/deeper/doc0.xml"));
  EXPECT_TRUE(first.count("odd/doc5.xml"));
  EXPECT_EQ(first, output_files_below(dir / "two"));
}

TEST(Annotate, DefaultChainRunsTheInstalledBuiltins) {
  const auto result = run_strata({"annotate", kEnglishSample.string(), "-f", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_TRUE(json["layers"].contains("tokens"));
  EXPECT_TRUE(json["layers"].contains("paragraphs"));
}

TEST(Annotate, ChainFileIsReorderedByContractsAndOptionsApply) {
  ScratchDir dir;
  write_file(dir / "in.txt", "one three fifteen a bb ccc dddd\n");
  write_file(dir / "chain.ini",
             "# counter needs tokens, listed after it on purpose\nplugins = counter, tokens\n"
             "language = en\n[counter]\nmin_length = 4\nlabel = long\n");
  const auto result = run_strata(
      with_fixtures({"annotate", (dir / "in.txt").string(), "-c", (dir / "chain.ini").string(),
                     "-f", "json", "--set", "counter.weight=0.25"}));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["lang"], "en");
  const auto& count = json["layers"]["counts"][0];
  EXPECT_EQ(count["type"], "long");
  EXPECT_EQ(count["features"]["tokens"], 3);  // three, fifteen, dddd
  EXPECT_EQ(count["features"]["weight"], 0.25);
}

TEST(Annotate, MissingLayerNamesThePluginAndTheProviders) {
  const auto result = run_strata(with_fixtures({"annotate", "-p", "counter"}));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("plugin 'counter' requires layer 'tokens', which no plugin of the "
                            "chain provides; add one of the installed plugins that provide it: "
                            "tokens"),
            std::string::npos)
      << result.err;
}

TEST(Annotate, OneInputToANamedFile) {
  ScratchDir dir;
  const auto result = run_strata({"annotate", kEnglishSample.string(), "-p", "tokens", "-o",
                                  (dir / "x.json").string(), "-f", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.empty());
  EXPECT_EQ(nlohmann::json::parse(read_file(dir / "x.json"))["lang"], "en");
}

}  // namespace
}  // namespace strata::testing
