// strata annotate reading its own TEI and JSON: outputs fed back in come out unchanged, a chain
// can run in steps, and XML that is not Strata TEI fails for that document only.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

// Every sample text: ../shared/samples (when present) and examples/.
std::vector<fs::path> sample_texts() {
  std::vector<fs::path> samples;
  std::vector<fs::path> folders = {source_dir() / "examples"};
  if (!shared_dir().empty()) folders.push_back(shared_dir() / "samples");
  for (const auto& folder : folders) {
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (entry.path().extension() == ".txt") samples.push_back(entry.path());
    }
  }
  return samples;
}

void annotate_ok(const std::vector<std::string>& arguments) {
  const auto result = run_strata(arguments);
  ASSERT_EQ(result.exit_code, 0) << result.err;
}

// The samples annotated once with the default chain, as TEI and as JSON.
class RoundTrip : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir;
    fs::create_directories(*dir_ / "in");
    for (const auto& sample : sample_texts())
      fs::copy_file(sample, *dir_ / "in" / sample.filename());
    annotate_ok({"annotate", at("in"), "-o", at("tei")});
    annotate_ok({"annotate", at("in"), "-o", at("json"), "-f", "json"});
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string at(const std::string& relative) { return (*dir_ / relative).string(); }

  static ScratchDir* dir_;
};
ScratchDir* RoundTrip::dir_ = nullptr;

// Fed back in with the same chain, every plugin finds its layers there and is skipped (a plugin
// whose layers were empty, so not in the TEI, runs again and again finds nothing).
TEST_F(RoundTrip, TeiThroughDocumentToTeiIsByteIdentical) {
  annotate_ok({"annotate", at("tei"), "-o", at("tei-again")});
  EXPECT_EQ(output_files_below(at("tei-again")), output_files_below(at("tei")));
  if (shared_dir().empty()) GTEST_SKIP() << "no ../shared: TEI schema unavailable, jing not run";
  std::string files;
  for (const auto& [name, content] : output_files_below(at("tei-again"))) {
    files += " " + shell_quoted(at("tei-again/" + name));
  }
  const auto jing = run_command(
      "jing " + shell_quoted((shared_dir() / "schemas" / "tei_all.rng").string()) + files);
  EXPECT_EQ(jing.exit_code, 0) << jing.out << jing.err;
}

TEST_F(RoundTrip, JsonThroughDocumentToJsonIsByteIdentical) {
  annotate_ok({"annotate", at("json"), "-o", at("json-again"), "-f", "json"});
  EXPECT_EQ(output_files_below(at("json-again")), output_files_below(at("json")));
}

TEST_F(RoundTrip, TeiThroughJsonToTeiIsByteIdentical) {
  annotate_ok({"annotate", at("tei"), "-o", at("tei-json"), "-f", "json"});
  annotate_ok({"annotate", at("tei-json"), "-o", at("tei-json-tei")});
  EXPECT_EQ(output_files_below(at("tei-json-tei")), output_files_below(at("tei")));
}

// JSON without "strata" (the run, which names the plugins of each run) and without empty layers
// (TEI does not write them: an empty layer of the first step is absent from the second's input).
nlohmann::json layers_of(const std::string& json) {
  auto document = nlohmann::json::parse(json);
  document.erase("strata");
  auto& layers = document["layers"];
  for (auto layer = layers.begin(); layer != layers.end();) {
    layer = layer->empty() ? layers.erase(layer) : std::next(layer);
  }
  return document;
}

TEST_F(RoundTrip, AChainInStepsGivesTheLayersOfOneRun) {
  for (const auto& sample : sample_texts()) {
    const std::string name = sample.filename().string();
    const std::string first = at("step-" + sample.stem().string() + ".xml");
    annotate_ok({"annotate", at("in/" + name), "-p", "tokens,entities", "-o", first});
    const auto steps = run_strata({"annotate", first, "-p", "quotations,sentiment", "-f", "json"});
    ASSERT_EQ(steps.exit_code, 0) << steps.err;
    EXPECT_TRUE(steps.err.empty()) << steps.err;  // nothing skipped
    const auto once = run_strata(
        {"annotate", at("in/" + name), "-p", "tokens,entities,quotations,sentiment", "-f", "json"});
    ASSERT_EQ(once.exit_code, 0) << once.err;
    EXPECT_EQ(layers_of(steps.out), layers_of(once.out)) << name;
  }
}

// The layers stay exactly as they were, with no second copy; only the run differs.
TEST_F(RoundTrip, APluginWhoseLayerIsThereIsSkippedWithAWarning) {
  const std::string stem = sample_texts().front().stem().string();
  const auto result =
      run_strata({"annotate", at("tei/" + stem + ".xml"), "-p", "tokens,entities", "-f", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("plugin 'tokens' skipped: the input already has its layer 'tokens'"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("plugin 'entities' skipped"), std::string::npos) << result.err;
  EXPECT_EQ(layers_of(result.out), layers_of(read_file(at("json/" + stem + ".json"))));
}

TEST_F(RoundTrip, StoredLanguageIsKeptUnlessDashLGivesOne) {
  const std::string input = at("json/it-vertice-roma.json");
  const auto kept = run_strata({"annotate", input, "-p", "tokens", "-f", "json"});
  const auto given = run_strata({"annotate", input, "-p", "tokens", "-f", "json", "-l", "en"});
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  ASSERT_EQ(given.exit_code, 0) << given.err;
  EXPECT_EQ(nlohmann::json::parse(kept.out)["lang"], "it");
  EXPECT_EQ(nlohmann::json::parse(given.out)["lang"], "en");
}

// "und", the detector's word for a text it cannot tell, was left out of the TEI and came back as
// "auto" (to be detected), while JSON kept it.
TEST_F(RoundTrip, AnUndeterminedLanguageComesBackFromTei) {
  write_file(*dir_ / "und.txt",
             "\xEF\xBB\xBF"
             "Merci beaucoup, \xC3\xA7"
             "a va tr\xC3\xA8"
             "s bien.\n");  // French
  annotate_ok({"annotate", at("und.txt"), "-p", "tokens", "-o", at("und.xml")});
  EXPECT_NE(
      read_file(at("und.xml")).find("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"und\">"),
      std::string::npos);
  const auto json = run_strata({"annotate", at("und.xml"), "-p", "tokens", "-f", "json", "-q"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["lang"], "und");
}

// A metadata value that is not a string was dropped without a word.
TEST_F(RoundTrip, JsonMetadataThatIsNotAStringFailsThatDocumentByName) {
  write_file(*dir_ / "year.json",
             R"({"id":"d","lang":"it","text":"Ciao.","metadata":{"year":2024},"layers":{}})");
  const auto result = run_strata({"annotate", at("year.json"), "-p", "tokens", "-f", "json"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "strata: error: year.json: document: metadata \"year\" has the wrong type: metadata "
            "values are strings\nstrata: error: 1 of 1 documents failed: none was written\n");
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(RoundTrip, ARequiredLayerMissingFromTheInputFailsThatDocument) {
  const std::string tokens_only = at("tokens-only.json");
  annotate_ok(
      {"annotate", at("in/it-vertice-roma.txt"), "-p", "tokens", "-f", "json", "-o", tokens_only});
  const auto result = run_strata({"annotate", tokens_only, "-p", "quotations"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("plugin 'quotations' requires layer 'entities', which neither the "
                            "input nor an earlier plugin has"),
            std::string::npos)
      << result.err;
}

// Inline TEI leaves what it writes inline out of standOff: read back, it lost those layers
// without a word (tokens and entities), or failed on a pointer at one of them (the default
// chain's entity-sentiment links). It is refused, saying what to write instead.
TEST_F(RoundTrip, InlineTeiIsRefusedWithAWordOnWhatToWriteInstead) {
  for (const std::string format : {"tei-inline", "tei-inline-rs"}) {
    for (const std::string chain : {"tokens,entities", ""}) {
      const std::string written = at(format + ".xml");
      std::vector<std::string> arguments = {
          "annotate", at("in/it-vertice-roma.txt"), "-f", format, "-o", written, "-q"};
      if (!chain.empty()) arguments.insert(arguments.end(), {"-p", chain});
      annotate_ok(arguments);
      const auto result = run_strata({"annotate", written, "-p", "tokens", "-f", "json"});
      EXPECT_EQ(result.exit_code, 1) << format << " " << chain << ": " << result.err;
      const auto line = result.err.find(format + ".xml: body has <");
      ASSERT_NE(line, std::string::npos) << result.err;
      EXPECT_EQ(result.err.substr(result.err.find(">, which", line)),
                ">, which Strata's stand-off TEI never has: inline TEI (-f tei-inline, -f "
                "tei-inline-rs) is not read back; write -f tei for output that is to be read "
                "back\nstrata: error: 1 of 1 documents failed: none was written\n");
      EXPECT_TRUE(result.out.empty()) << result.out;
    }
  }
}

// TEI from elsewhere is annotated (tests/e2e/foreign_tei_test.cpp); XML that cannot be read
// fails that document only.
TEST_F(RoundTrip, XmlThatCannotBeReadFailsThatDocumentOnly) {
  const fs::path mixed = *dir_ / "mixed";
  fs::create_directories(mixed);
  fs::copy_file(at("tei/it-vertice-roma.xml"), mixed / "good.xml");
  const std::string tei = read_file(at("tei/it-vertice-roma.xml"));
  const std::map<std::string, std::pair<std::string, std::string>> bad = {
      {"html", {"<html><body>Ciao</body></html>", "the root element is <html>, not <TEI>"}},
      {"broken", {tei.substr(0, tei.size() / 2), "not well-formed XML"}},
      {"doctype",
       {"<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" +
            tei.substr(tei.find("<TEI")),
        "XML with a DOCTYPE is not read"}},
      {"no-body",
       {"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc/></teiHeader><text>"
        "<front><p>Ciao</p></front></text></TEI>",
        "a TEI file without text/body"}},
  };
  write_file(mixed / "foreign.xml",
             "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc/></teiHeader><text>"
             "<body><p>Ciao</p></body></text></TEI>");
  for (const auto& [name, content] : bad) write_file(mixed / (name + ".xml"), content.first);
  const auto result = run_strata({"annotate", mixed.string(), "-o", at("mixed-out")});
  EXPECT_EQ(result.exit_code, 1);
  for (const auto& [name, content] : bad) {
    const auto line = result.err.find(name + ".xml: ");
    ASSERT_NE(line, std::string::npos) << name << ": " << result.err;
    const auto end = result.err.find('\n', line);
    EXPECT_NE(result.err.substr(line, end - line).find(content.second), std::string::npos)
        << result.err;
    EXPECT_FALSE(fs::exists(at("mixed-out/" + name + ".xml")));
  }
  EXPECT_EQ(read_file(at("mixed-out/good.xml")), tei);
  EXPECT_NE(read_file(at("mixed-out/foreign.xml")).find("<p><w xml:id=\"strata.w1\""),
            std::string::npos);
  EXPECT_EQ(result.err.find("passwd:"), std::string::npos);  // never expanded
}

// A tokenizer of one's own (the fixture parser) gives its tokens and sentences features that w
// and s have no room for: they go in standOff, and the TEI read back gives the layers the
// plugin's own JSON has.
TEST(RoundTripOwnTokenizer, FeaturesOfTokensAndSentencesComeBackFromTei) {
  ScratchDir dir;
  write_file(dir / "in.txt", "Roma è bella\nPiove ancora ?\n");
  const auto at = [&](const char* name) { return (dir / name).string(); };
  const std::vector<std::string> parser = {"-p", "parser", "--plugin-path",
                                           (fixture_plugin_dir() / "own-tokenizer").string()};
  const auto annotate = [&](const char* in, const char* format, const char* out) {
    std::vector<std::string> arguments = {"annotate", at(in), "-f", format, "-o", at(out)};
    arguments.insert(arguments.end(), parser.begin(), parser.end());
    annotate_ok(arguments);
  };
  annotate("in.txt", "json", "direct.json");
  annotate("in.txt", "tei", "out.xml");
  const std::string tei = read_file(dir / "out.xml");
  EXPECT_NE(tei.find("<span xml:id=\"tokens-w2\" target=\"#w2\"><fs><f name=\"deprel\"><string>"
                     "dep</string></f></fs></span>"),
            std::string::npos)
      << tei;
  EXPECT_NE(tei.find("<link target=\"#w5 #w4\"/>"), std::string::npos);  // ancora's head: Piove
  EXPECT_NE(tei.find("<f name=\"mood\"><string>question</string></f>"), std::string::npos);
  annotate("out.xml", "json", "back.json");
  const auto direct = nlohmann::json::parse(read_file(dir / "direct.json"));
  const auto back = nlohmann::json::parse(read_file(dir / "back.json"));
  EXPECT_EQ(back["layers"]["tokens"], direct["layers"]["tokens"]);
  EXPECT_EQ(back["layers"]["sentences"], direct["layers"]["sentences"]);
}

}  // namespace
}  // namespace strata::testing
