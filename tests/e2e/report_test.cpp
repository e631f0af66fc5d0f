// strata report over a generated corpus written partly as JSON and partly as TEI: its counts
// agree with the JSON outputs read independently, the page opens in headless Chromium without a
// request, and bad inputs end with a clear error.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "headless_chromium.hpp"
#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

constexpr int kDocuments = 12;
constexpr int kAsTei = 3;  // the last ones are written as TEI

// The non-blank lines (paragraphs) of the examples.
std::vector<std::string> paragraphs(const std::string& language) {
  std::vector<std::string> out;
  const std::string text =
      read_file(source_dir() / "examples" /
                (language == "en" ? "en-summit-geneva.txt" : "it-vertice-roma.txt"));
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (text.find_first_not_of(" \t", begin) < end) out.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

// kDocuments documents of two paragraphs each, in a fixed pattern, under dir/corpus and (the
// last kAsTei) dir/corpus-tei.
void generate_corpus(const ScratchDir& dir) {
  const auto it = paragraphs("it");
  const auto en = paragraphs("en");
  for (int i = 0; i < kDocuments; ++i) {
    const auto& pool = i % 3 == 2 ? en : it;
    const std::string text =
        pool[i % pool.size()] + "\n\n" + pool[(i * 5 + 1) % pool.size()] + "\n";
    const std::string folder = i < kDocuments - kAsTei ? "corpus" : "corpus-tei";
    write_file(dir / folder / ("doc-" + std::to_string(i) + ".txt"), text);
  }
}

struct Expected {
  std::size_t tokens = 0;
  std::map<std::string, std::size_t> places;  // LOC text -> count
};

Expected expected_from_json(const fs::path& folder) {
  Expected expected;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".json") continue;
    const auto document = nlohmann::json::parse(read_file(entry.path()));
    const std::string text = document["text"];
    expected.tokens += document["layers"]["tokens"].size();
    for (const auto& entity : document["layers"]["entities"]) {
      if (entity["type"] != "LOC") continue;
      const std::size_t begin = byte_offset(text, entity["begin"]);
      const std::size_t end = byte_offset(text, entity["end"]);
      ++expected.places[text.substr(begin, end - begin)];
    }
  }
  return expected;
}

TEST(Report, CountsAgreeWithTheOutputsAndThePageMakesNoRequest) {
  ScratchDir dir;
  generate_corpus(dir);
  auto run = run_strata({"annotate", (dir / "corpus").string(), (dir / "corpus-tei").string(), "-o",
                         (dir / "all-json").string(), "-f", "json", "-j", "2"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  run = run_strata({"annotate", (dir / "corpus").string(), "-o", (dir / "out" / "json").string(),
                    "-f", "json", "-j", "2"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  run = run_strata({"annotate", (dir / "corpus-tei").string(), "-o", (dir / "out" / "tei").string(),
                    "-f", "tei"});
  ASSERT_EQ(run.exit_code, 0) << run.err;

  run = run_strata({"report", (dir / "out").string(), "-o", (dir / "report.html").string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string html = read_file(dir / "report.html");
  const Expected expected = expected_from_json(dir / "all-json");
  EXPECT_NE(html.find("<b>" + std::to_string(kDocuments) + "</b> documents"), std::string::npos);
  EXPECT_NE(html.find("<b>" + std::to_string(expected.tokens) + "</b> tokens"), std::string::npos);
  ASSERT_FALSE(expected.places.empty());
  const auto most =
      std::max_element(expected.places.begin(), expected.places.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  // The first bar of the LOC chart is the most frequent place, with its count.
  const auto loc = html.find("<h3>LOC</h3>");
  ASSERT_NE(loc, std::string::npos);
  const auto first_bar = html.find("<title>", loc);
  EXPECT_EQ(html.substr(first_bar, html.find("</title>", first_bar) - first_bar),
            "<title>" + most->first + ": " + std::to_string(most->second));

  if (chromium_program().empty())
    GTEST_SKIP() << "chromium is not installed (scripts/install-deps)";
  const auto page = render_page(dir / "report.html", dir / "report.png");
  ASSERT_EQ(page.exit_code, 0) << page.err;
  EXPECT_TRUE(page.page_requests.empty()) << page.page_requests.front();
  EXPECT_NE(page.dom.find("<svg class=\"chart\""), std::string::npos);
  EXPECT_TRUE(read_file(dir / "report.png").starts_with("\x89PNG"));
}

TEST(Report, AnUnreadableFileIsNamedAndTheRestReported) {
  ScratchDir dir;
  write_file(dir / "a.txt", "Mario Rossi vive a Roma.\n");
  ASSERT_EQ(run_strata({"annotate", (dir / "a.txt").string(), "-f", "json", "-o",
                        (dir / "out" / "a.json").string()})
                .exit_code,
            0);
  write_file(dir / "out" / "broken.json", "{not json");
  const auto run =
      run_strata({"report", (dir / "out").string(), "-o", (dir / "report.html").string()});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("broken.json"), std::string::npos) << run.err;
  const std::string html = read_file(dir / "report.html");
  EXPECT_NE(html.find("<b>1</b> documents"), std::string::npos);
  EXPECT_NE(html.find("<li>broken.json: "), std::string::npos);
}

// Found in a folder beside outputs, plain text is passed over; named, or alone, it is an error.
TEST(Report, PassesOverPlainTextBesideOutputs) {
  ScratchDir dir;
  write_file(dir / "in" / "a.txt", "Mario Rossi vive a Roma.\n");
  ASSERT_EQ(run_strata({"annotate", (dir / "in").string(), "-o", (dir / "out").string(), "-p",
                        "tokens", "-f", "json", "-l", "it", "-q"})
                .exit_code,
            0);
  write_file(dir / "out" / "notes.txt", "my notes\n");
  const auto run = run_strata({"report", (dir / "out").string(), "-o", (dir / "r.html").string()});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto named = run_strata(
      {"report", (dir / "out" / "notes.txt").string(), "-o", (dir / "r2.html").string()});
  EXPECT_EQ(named.exit_code, 2) << named.err;
  EXPECT_NE(named.err.find("notes.txt: plain text has no annotations"), std::string::npos)
      << named.err;
}

// Strata's annotations in TEI from elsewhere are not read back: counted, they would be zeros.
TEST(Report, RefusesTeiFromElsewhere) {
  ScratchDir dir;
  write_file(dir / "in" / "ed.xml",
             "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>"
             "L</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>A"
             "</p></sourceDesc></fileDesc></teiHeader><text><body><p>Mario Rossi a <hi>Roma</hi>."
             "</p></body></text></TEI>\n");
  ASSERT_EQ(run_strata({"annotate", (dir / "in").string(), "-o", (dir / "out").string(), "-p",
                        "tokens", "-l", "it", "-q"})
                .exit_code,
            0);
  const auto run = run_strata({"report", (dir / "out").string(), "-o", (dir / "r.html").string()});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("ed.xml: TEI from elsewhere (with Strata's annotations or without): its "
                         "text is read, not its layers"),
            std::string::npos)
      << run.err;
  const auto eval = run_strata({"eval", "--gold", (dir / "out").string(), "--pred",
                                (dir / "out").string(), "--layer", "tokens"});
  EXPECT_EQ(eval.exit_code, 2) << eval.err;
  EXPECT_NE(eval.err.find("ed.xml: TEI from elsewhere"), std::string::npos) << eval.err;
}

TEST(Report, BadArgumentsEndWithOneClearLine) {
  ScratchDir dir;
  write_file(dir / "plain" / "a.txt", "Testo.\n");
  fs::create_directories(dir / "empty");
  const struct {
    std::vector<std::string> arguments;
    std::string message;
  } cases[] = {
      {{"report", (dir / "plain").string(), "-o", (dir / "r.html").string()},
       "plain text has no annotations"},
      {{"report", (dir / "plain").string()}, "give -o FILE for the report"},
      {{"report", "-o", (dir / "r.html").string()}, "give the folder of annotated outputs"},
      {{"report", (dir / "missing").string(), "-o", (dir / "r.html").string()},
       "input not found: "},
      {{"report", (dir / "empty").string(), "-o", (dir / "r.html").string()},
       "no *.txt, *.json or *.xml files under input directory"},
      {{"report", (dir / "plain").string(), "-o", (dir / "r.html").string(), "--top", "0"},
       "--top needs at least 1"},
  };
  for (const auto& c : cases) {
    const auto run = run_strata(c.arguments);
    EXPECT_EQ(run.exit_code, 2) << c.message;
    EXPECT_NE(run.err.find(c.message), std::string::npos) << run.err;
  }
  EXPECT_FALSE(fs::exists(dir / "r.html"));
}

}  // namespace
}  // namespace strata::testing
