// Plain text longer than --window is annotated and written a window at a time
// (docs/large-documents.md): the same TEI as whole where the chain looks no further than a
// paragraph, valid TEI with any chain, and a window that fails failing its document alone.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "strata/formats/vrt_check.hpp"
#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

// The Italian example six times over (about 25 KB), paragraphs between blank lines.
std::string long_text() {
  const std::string article = read_file(source_dir() / "examples" / "it-vertice-roma.txt");
  std::string text;
  for (int i = 0; i < 6; ++i) text += article + "\n\n";
  return text;
}

class Windows : public ::testing::Test {
 protected:
  void SetUp() override { write_file(input_, long_text()); }

  ProcessResult annotate(const std::string& output, std::vector<std::string> more) {
    std::vector<std::string> arguments = {"annotate", input_.string(), "-o",
                                          (dir_ / output).string(), "-q"};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return run_strata(arguments);
  }

  // strata-tei-check (with the canonical text of the whole document) and jing on a TEI file.
  void expect_valid_tei(const std::string& tei_file) {
    if (!fs::exists(dir_ / "canonical.txt")) {
      ASSERT_EQ(annotate("whole.json", {"-p", "tokens", "-f", "json"}).exit_code, 0);
      write_file(dir_ / "canonical.txt",
                 nlohmann::json::parse(read_file(dir_ / "whole.json"))["text"].get<std::string>());
    }
    const auto check =
        run_command(shell_quoted(STRATA_TEI_CHECK) + " --text " +
                    shell_quoted((dir_ / "canonical.txt").string()) + " " + shell_quoted(tei_file));
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    const fs::path shared = shared_dir();
    if (shared.empty()) GTEST_SKIP() << "no ../shared: TEI schema unavailable, jing not run";
    if (run_command("command -v jing").exit_code != 0) GTEST_SKIP() << "jing is not installed";
    const auto jing = run_command(
        "jing " + shell_quoted((shared / "schemas" / "tei_all.rng").string()) + " " + tei_file);
    EXPECT_EQ(jing.exit_code, 0) << jing.out << jing.err;
  }

  ScratchDir dir_;
  const fs::path input_ = dir_ / "long.txt";
};

TEST_F(Windows, TokensInWindowsAreTheTokensOfTheWholeDocument) {
  for (const char* format : {"tei", "tei-inline", "tei-inline-rs", "json", "vrt", "html"}) {
    const std::string whole = std::string("whole.") + format;
    const std::string windows = std::string("windows.") + format;
    ASSERT_EQ(annotate(whole, {"-p", "tokens", "-f", format, "--window", "0"}).exit_code, 0);
    const auto run = annotate(windows, {"-p", "tokens", "-f", format, "--window", "2K"});
    ASSERT_EQ(run.exit_code, 0) << format << ": " << run.err;
    EXPECT_EQ(read_file(dir_ / windows), read_file(dir_ / whole)) << format;
  }
}

// The corpus file copies the document's TEI from where its windows were written, ids prefixed.
TEST_F(Windows, ACorpusFileHoldsADocumentWrittenInWindows) {
  ASSERT_EQ(annotate("whole.xml", {"-p", "tokens", "--window", "0"}).exit_code, 0);
  const auto run = run_strata({"annotate", input_.string(), "-p", "tokens", "-q", "--window", "2K",
                               "--corpus-file", (dir_ / "corpus.xml").string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string whole = read_file(dir_ / "whole.xml");
  const std::string corpus = read_file(dir_ / "corpus.xml");
  const auto words = [](const std::string& xml, const std::string& id) {
    std::size_t count = 0;
    for (std::size_t at = xml.find("<w xml:id=\"" + id); at != std::string::npos;
         at = xml.find("<w xml:id=\"" + id, at + 1)) {
      ++count;
    }
    return count;
  };
  EXPECT_GT(words(whole, ""), 3000u);
  EXPECT_EQ(words(corpus, "d1."), words(whole, ""));
  EXPECT_EQ(words(corpus, ""), words(whole, ""));
  EXPECT_NE(corpus.find("</TEI>\n</teiCorpus>"), std::string::npos);
}

// The code points [begin, end) of UTF-8 `text`.
std::string code_points(const std::string& text, std::int64_t begin, std::int64_t end) {
  std::int64_t n = 0;
  std::string out;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
      ++n;  // a code point starts: n is its 1 + index
    if (n > begin && n <= end) out += c;
  }
  return out;
}

// A quotation's cue and speaker are kept as code-point positions too: in the whole document's.
TEST_F(Windows, QuotationPositionsInWindowsCountFromTheDocumentsStart) {
  ASSERT_EQ(
      annotate("quotes.json", {"-f", "json", "--window", "2K", "-p", "tokens,entities,quotations"})
          .exit_code,
      0);
  const auto json = nlohmann::json::parse(read_file(dir_ / "quotes.json"));
  const std::string text = json["text"];
  std::size_t cues = 0;
  for (const auto& quote : json["layers"]["quotations"]) {
    const auto& f = quote["features"];
    if (f.contains("cue")) {
      ++cues;
      EXPECT_EQ(code_points(text, f["cue_begin"], f["cue_end"]), f["cue"]);
    }
    if (f.contains("speaker_text")) {
      EXPECT_EQ(code_points(text, f["speaker_begin"], f["speaker_end"]), f["speaker_text"]);
    }
  }
  EXPECT_GE(cues, 6u);  // the example has cued quotations, six times over
}

TEST_F(Windows, JsonOfTheDefaultChainInWindowsReadsBack) {
  ASSERT_EQ(annotate("default.json", {"-f", "json", "--window", "2K"}).exit_code, 0);
  const auto back = run_strata({"annotate", (dir_ / "default.json").string(), "-o",
                                (dir_ / "back.xml").string(), "-p", "tokens", "-q"});
  EXPECT_EQ(back.exit_code, 0) << back.err;
  const auto json = nlohmann::json::parse(read_file(dir_ / "default.json"));
  EXPECT_EQ(json["text"].get<std::string>(), long_text());
  EXPECT_GT(json["layers"]["entities"].size(), 50u);
}

// The page numbers annotations on across windows: each entity's first part has an anchor of its
// own, as many as the panel counts, and a window's sentiment is a marker, not a span over it.
TEST_F(Windows, HtmlOfTheDefaultChainInWindowsNumbersAnnotationsOn) {
  ASSERT_EQ(annotate("default.html", {"-f", "html", "--window", "2K"}).exit_code, 0);
  const std::string html = read_file(dir_ / "default.html");
  const std::regex count("entities \\((\\d+)\\)");
  std::smatch panel;
  ASSERT_TRUE(std::regex_search(html, panel, count));
  std::set<std::string> anchors;
  const std::regex anchor("id=\"(entities-\\d+)\"");
  for (std::sregex_iterator it(html.begin(), html.end(), anchor), end; it != end; ++it) {
    EXPECT_TRUE(anchors.insert((*it)[1]).second) << (*it)[1];
  }
  EXPECT_GT(anchors.size(), 50u);
  EXPECT_EQ(std::to_string(anchors.size()), panel[1].str());
  EXPECT_EQ(html.find("<span class=\"a generic\" data-layer=\"sentiment\""), std::string::npos);
  EXPECT_NE(html.find("<sup class=\"mark\" data-layer=\"sentiment\""), std::string::npos);
}

TEST_F(Windows, VrtOfTheDefaultChainInWindowsPassesTheChecker) {
  ASSERT_EQ(annotate("default.vrt", {"-f", "vrt", "--window", "2K"}).exit_code, 0);
  const std::string vrt = read_file(dir_ / "default.vrt");
  EXPECT_EQ(formats::check_vrt(vrt), std::vector<std::string>{});
  EXPECT_NE(vrt.find("<entities type="), std::string::npos);
}

TEST_F(Windows, TheDefaultChainInWindowsWritesValidTei) {
  const auto tei = annotate("windows.xml", {"--window", "2K"});
  ASSERT_EQ(tei.exit_code, 0) << tei.err;
  ASSERT_EQ(annotate("whole.json", {"-f", "json"}).exit_code, 0);
  const std::string tei_file = (dir_ / "windows.xml").string();

  // Each window scores its own sentiment, and says it is a window's.
  const std::string xml = read_file(tei_file);
  const std::regex window_scope("<string>window</string>");
  const auto windows = std::distance(std::sregex_iterator(xml.begin(), xml.end(), window_scope),
                                     std::sregex_iterator());
  EXPECT_GE(windows, 10);
  EXPECT_EQ(xml.find("<string>document</string>"), std::string::npos);
  EXPECT_NE(read_file(dir_ / "whole.json").find("\"document\""), std::string::npos);
  expect_valid_tei(tei_file);
}

// Entities inline, sentence labels as @ana, the rest in standOff: valid in windows too.
TEST_F(Windows, TheDefaultChainInWindowsWritesValidInlineTei) {
  for (const std::string format : {"tei-inline", "tei-inline-rs"}) {
    const auto run = annotate(format + ".xml", {"-f", format, "--window", "2K"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const std::string xml = read_file(dir_ / (format + ".xml"));
    const std::string entity = format == "tei-inline" ? "<persName " : "<rs ";
    std::size_t entities = 0;
    for (auto at = xml.find(entity); at != std::string::npos; at = xml.find(entity, at + 1)) {
      ++entities;
    }
    EXPECT_GT(entities, 20u) << format;
    EXPECT_NE(xml.find("<interpGrp type=\"sentiment\">"), std::string::npos) << format;
    EXPECT_NE(xml.find("<s xml:id=\"s40\" ana=\"#sentiment-"), std::string::npos) << format;
    expect_valid_tei((dir_ / (format + ".xml")).string());
  }
}

TEST_F(Windows, AFailingWindowFailsItsDocumentAlone) {
  write_file(dir_ / "in" / "bad.txt", long_text() + "BOOM\n");
  write_file(dir_ / "in" / "good.txt", long_text());
  const auto result =
      run_strata({"annotate", (dir_ / "in").string(), "-o", (dir_ / "out").string(), "-p",
                  "thrower", "--window", "2K", "--plugin-path", fixture_plugin_dir().string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("strata: error: bad.txt: "), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(dir_ / "out" / "bad.xml"));
  const std::string good = read_file(dir_ / "out" / "good.xml");
  EXPECT_NE(good.find("</TEI>"), std::string::npos);
  // Every window had its mark, numbered on.
  EXPECT_NE(good.find("xml:id=\"marks-10\""), std::string::npos);
  // Nothing is left in the output folder but the outputs and the manifest.
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir_ / "out")) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"good.xml", "strata-manifest.jsonl"}));
}

// Without -o the document waits in a temporary file, not in memory, and reaches standard output
// only whole: one whose later window fails writes nothing there.
TEST_F(Windows, StandardOutputGetsTheDocumentInWindowsWhole) {
  ASSERT_EQ(annotate("file.xml", {"-p", "tokens", "--window", "2K"}).exit_code, 0);
  const auto run =
      run_strata({"annotate", input_.string(), "-p", "tokens", "--window", "2K", "-q"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, read_file(dir_ / "file.xml"));
  write_file(input_, long_text() + "BOOM\n");
  const auto failed = run_strata({"annotate", input_.string(), "-p", "thrower", "--window", "2K",
                                  "--plugin-path", fixture_plugin_dir().string()});
  EXPECT_EQ(failed.exit_code, 1) << failed.err;
  EXPECT_TRUE(failed.out.empty());
}

TEST_F(Windows, ABadWindowSizeIsASetupError) {
  for (const char* size : {"100", "2Q", "-1"}) {
    const auto result = annotate("out.xml", {"-p", "tokens", "--window", size});
    EXPECT_EQ(result.exit_code, 2) << size;
    EXPECT_NE(result.err.find("--window"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
}

}  // namespace
}  // namespace strata::testing
