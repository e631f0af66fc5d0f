// strata annotate -f html, opened in headless Chromium: every entity, quotation, citation (and
// annotation of any other shown layer) of the JSON output has its element in the DOM after the
// page's script ran, text stays text, and no request leaves the page.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "headless_chromium.hpp"
#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

// The Italian news sample of ../shared, else the Italian example of the source tree.
fs::path italian_sample() {
  const fs::path shared = shared_dir();
  if (!shared.empty()) return shared / "samples" / "it-news-trattato.txt";
  return source_dir() / "examples" / "it-vertice-roma.txt";
}

// Elements other than <a> whose URL attribute points off the page: resources a browser fetches.
std::vector<std::string> remote_resources(const std::string& html) {
  static const std::regex resource(
      R"(<([a-zA-Z]+)\b[^>]*\s(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)");
  std::vector<std::string> found;
  for (std::sregex_iterator it(html.begin(), html.end(), resource), end; it != end; ++it) {
    if ((*it)[1] != "a") found.push_back(it->str());
  }
  if (html.find("url(") != std::string::npos) found.push_back("url( in a style");
  if (html.find("@import") != std::string::npos) found.push_back("@import in a style");
  return found;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(HtmlView, EveryAnnotationOfTheJsonHasItsElementAndNoRequestLeavesThePage) {
  if (chromium_program().empty())
    GTEST_SKIP() << "chromium is not installed (scripts/install-deps)";
  ScratchDir dir;
  const fs::path input = italian_sample();
  const auto json_run = run_strata({"annotate", input.string(), "-l", "it", "-f", "json"});
  ASSERT_EQ(json_run.exit_code, 0) << json_run.err;
  const auto html_run = run_strata(
      {"annotate", input.string(), "-l", "it", "-f", "html", "-o", (dir / "page.html").string()});
  ASSERT_EQ(html_run.exit_code, 0) << html_run.err;
  const std::string html = read_file(dir / "page.html");
  EXPECT_TRUE(remote_resources(html).empty()) << remote_resources(html).front();

  const auto page = render_page(dir / "page.html", dir / "page.png");
  ASSERT_EQ(page.exit_code, 0) << page.err;
  EXPECT_NE(page.dom.find("data-ready=\"yes\""), std::string::npos) << "the script did not run";
  EXPECT_TRUE(page.page_requests.empty()) << page.page_requests.front();
  EXPECT_TRUE(read_file(dir / "page.png").starts_with("\x89PNG"));

  const auto document = nlohmann::json::parse(json_run.out);
  std::size_t checked = 0;
  for (const auto& [layer, annotations] : document["layers"].items()) {
    if (layer == "tokens" || layer == "sentences" || layer == "paragraphs") continue;
    for (const auto& annotation : annotations) {
      const std::string key = "data-layer=\"" + layer + "\" data-id=\"" +
                              std::to_string(annotation["id"].get<int>()) + "\"";
      EXPECT_NE(page.dom.find(key), std::string::npos) << key;
      ++checked;
    }
  }
  for (const char* layer : {"entities", "quotations", "citations"}) {
    EXPECT_FALSE(document["layers"][layer].empty()) << layer;
  }
  EXPECT_GT(checked, 0u);
}

// The class attribute of each element with this identity, as Chromium serializes them (class
// first: the writer puts it first).
std::vector<std::string> classes(const std::string& dom, const std::string& layer,
                                 const std::string& id) {
  const std::regex element("<[a-z]+ class=\"([^\"]*)\" data-layer=\"" + layer + "\" data-id=\"" +
                           id + "\"");
  std::vector<std::string> found;
  for (std::sregex_iterator it(dom.begin(), dom.end(), element), end; it != end; ++it) {
    found.push_back((*it)[1]);
  }
  return found;
}

TEST(HtmlView, PointingAtAQuoteLightsItsSpeakerAndASwitchTurnsALayerOff) {
  if (chromium_program().empty())
    GTEST_SKIP() << "chromium is not installed (scripts/install-deps)";
  ScratchDir dir;
  const auto run = run_strata({"annotate", italian_sample().string(), "-l", "it", "-f", "html",
                               "-o", (dir / "page.html").string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // What a reader does, played by a script added after the page's own.
  std::string html = read_file(dir / "page.html");
  html.insert(html.rfind("</body>"),
              "<script>var q = document.querySelector('#text [data-layer=\"quotations\"]"
              "[data-refs]');q.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
              "document.documentElement.setAttribute('data-probe', q.dataset.id + ' ' + "
              "q.dataset.refs);document.querySelector('#layers input[value=\"entities\"]')"
              ".click();</script>");
  write_file(dir / "page.html", html);
  const auto page = render_page(dir / "page.html");
  ASSERT_EQ(page.exit_code, 0) << page.err;
  std::smatch probe;
  ASSERT_TRUE(
      std::regex_search(page.dom, probe, std::regex("data-probe=\"([0-9]+) entities:([0-9]+)\"")))
      << "no quotation with a speaker entity";
  const auto quote = classes(page.dom, "quotations", probe[1]);
  ASSERT_FALSE(quote.empty());
  for (const auto& c : quote) EXPECT_NE(c.find("hl"), std::string::npos) << c;
  const auto speaker = classes(page.dom, "entities", probe[2]);
  ASSERT_FALSE(speaker.empty());
  for (const auto& c : speaker) {
    EXPECT_NE(c.find("hl-ref"), std::string::npos) << c;
    EXPECT_NE(c.find("off"), std::string::npos) << c;  // the entities switch was turned off
  }
  const std::regex mention("<span class=\"([^\"]*)\" data-mention=\"quotations:" + probe[1].str() +
                           "\"");
  std::smatch marked;
  ASSERT_TRUE(std::regex_search(page.dom, marked, mention)) << "no mention of the speaker";
  EXPECT_NE(marked[1].str().find("hl-ref"), std::string::npos) << marked[1];
  const auto citation = classes(page.dom, "citations", "0");
  ASSERT_FALSE(citation.empty());
  for (const auto& c : citation) EXPECT_EQ(c.find("off"), std::string::npos) << c;
}

TEST(HtmlView, TheRequestCheckSeesAPageThatFetches) {
  if (chromium_program().empty())
    GTEST_SKIP() << "chromium is not installed (scripts/install-deps)";
  ScratchDir dir;
  write_file(dir / "fetches.html",
             "<!DOCTYPE html><html><body><img src=\"https://example.org/x.png\"></body></html>");
  EXPECT_FALSE(remote_resources(read_file(dir / "fetches.html")).empty());
  const auto page = render_page(dir / "fetches.html");
  ASSERT_EQ(page.exit_code, 0) << page.err;
  ASSERT_FALSE(page.page_requests.empty());
  EXPECT_EQ(page.page_requests.front(), "https://example.org/x.png");
}

TEST(HtmlView, MarkupInTheTextStaysText) {
  if (chromium_program().empty())
    GTEST_SKIP() << "chromium is not installed (scripts/install-deps)";
  ScratchDir dir;
  write_file(dir / "tricky.txt",
             "Lui scrisse <script>document.title='x'</script> & \"poi\" </script> <b>no</b>.\n");
  const auto run = run_strata({"annotate", (dir / "tricky.txt").string(), "-p", "tokens", "-f",
                               "html", "-o", (dir / "tricky.html").string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto page = render_page(dir / "tricky.html");
  ASSERT_EQ(page.exit_code, 0) << page.err;
  EXPECT_EQ(count(page.dom, "<script"), 1u);  // the page's own
  EXPECT_EQ(count(page.dom, "<b>"), 0u);
  EXPECT_NE(page.dom.find("&lt;script&gt;document.title='x'&lt;/script&gt; &amp; \"poi\""),
            std::string::npos);
  EXPECT_NE(page.dom.find("<title>tricky.txt</title>"), std::string::npos);
}

TEST(HtmlView, ACorpusBecomesOnePagePerDocument) {
  ScratchDir dir;
  write_file(dir / "in" / "a.txt", "Mario Rossi vive a Roma.\n");
  write_file(dir / "in" / "b.txt", "Anna Bianchi vive a Milano.\n");
  const auto run = run_strata(
      {"annotate", (dir / "in").string(), "-l", "it", "-f", "html", "-o", (dir / "out").string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const char* name : {"a.html", "b.html"}) {
    EXPECT_TRUE(read_file(dir / "out" / name).starts_with("<!DOCTYPE html>")) << name;
  }
}

TEST(HtmlView, AnUnknownFormatIsRefused) {
  ScratchDir dir;
  write_file(dir / "a.txt", "Testo.\n");
  const auto run = run_strata({"annotate", (dir / "a.txt").string(), "-f", "htm"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("unknown output format 'htm' (use tei, tei-inline, tei-inline-rs, json, "
                         "vrt or html)"),
            std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace strata::testing
