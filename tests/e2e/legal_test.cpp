// The legal plugin end to end: the real strata program on the sample, Linkoln's coverage table
// through strata eval, and bad options and lists.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

using Cited = std::pair<std::string, std::string>;  // the cited text and the id

// The citations of a Strata JSON document: the cited text and the id of each annotation.
std::vector<Cited> citations_of(const std::string& json_text) {
  const auto json = nlohmann::json::parse(json_text);
  const std::string text = json["text"];
  std::vector<Cited> citations;
  for (const auto& a : json["layers"]["citations"]) {
    const std::size_t begin = byte_offset(text, a["begin"]);
    const std::size_t end = byte_offset(text, a["end"]);
    citations.emplace_back(text.substr(begin, end - begin), a["features"].value("id", ""));
  }
  return citations;
}

ProcessResult annotate(const std::filesystem::path& input,
                       const std::vector<std::string>& more = {},
                       const std::string& language = "it") {
  std::vector<std::string> arguments = {"annotate", input.string(), "-p", "tokens,legal",
                                        "-f",       "json",         "-l", language};
  arguments.insert(arguments.end(), more.begin(), more.end());
  return run_strata(arguments);
}

TEST(Legal, CitationsOfAShortTextWithTheirIdentifiers) {
  const ScratchDir dir;
  write_file(dir / "a.txt",
             "Lo prevede l'art. 2043 c.c. e gli artt. 13 e 18 della legge n. 300 del 1970, oltre "
             "al Regolamento (UE) 2016/679.");
  const auto result = annotate(dir / "a.txt");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto found = citations_of(result.out);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0],
            Cited("art. 2043 c.c.", "urn:nir:stato:codice.civile:1942-03-16;262~art2043"));
  EXPECT_EQ(found[2].first, "artt. 13 e 18 della legge n. 300 del 1970");
  EXPECT_EQ(found[2].second, "urn:nir:stato:legge:1970;300~art18");
  EXPECT_EQ(found[3].second, "32016R0679");
}

TEST(Legal, TheSampleCitesTheTreatyAndTheUnCharter) {
  const auto sample = shared_dir() / "samples" / "it-news-trattato.txt";
  if (shared_dir().empty() || !std::filesystem::exists(sample)) {
    GTEST_SKIP() << "STRATA_SHARED_DIR with samples/it-news-trattato.txt is not available";
  }
  const auto result = annotate(sample);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto found = citations_of(result.out);
  ASSERT_EQ(found.size(), 4u);
  // The treaty no list knows, named by its subject and parties, then its article 4.
  EXPECT_EQ(found[0].second,
            "doc:trattato-di-partenariato-strategico-globale-tra-corea-del-nord-e-russia");
  EXPECT_EQ(found[1], Cited("articolo 4 del trattato",
                            "doc:trattato-di-partenariato-strategico-globale-tra-corea-del-nord-e-"
                            "russia~art4"));
  EXPECT_EQ(found[2], Cited("articolo 51 della Carta dell'ONU", "un-charter~art51"));
  EXPECT_EQ(found[3].second, "un-charter~art51");
}

// English documents get US cases and statutes besides EU acts; Italian ones do not.
TEST(Legal, EnglishTextGetsUsCitations) {
  const ScratchDir dir;
  write_file(dir / "a.txt",
             "In Brown v. Board of Education, 347 U.S. 483, 495 (1954), the Court held. See 42 "
             "U.S.C. § 1983. Id. at 2. Regulation (EU) 2016/679 applies.\n");
  const auto english = annotate(dir / "a.txt", {}, "en");
  ASSERT_EQ(english.exit_code, 0) << english.err;
  const auto found = citations_of(english.out);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0],
            Cited("Brown v. Board of Education, 347 U.S. 483, 495 (1954)", "347 U.S. 483"));
  EXPECT_EQ(found[1], Cited("42 U.S.C. § 1983", "42 U.S.C. § 1983"));
  EXPECT_EQ(found[2], Cited("Id. at 2", "42 U.S.C. § 1983"));
  EXPECT_EQ(found[3].second, "32016R0679");
  const auto italian = annotate(dir / "a.txt");
  ASSERT_EQ(italian.exit_code, 0) << italian.err;
  EXPECT_EQ(citations_of(italian.out).size(), 1u);  // the EU act only
}

TEST(Legal, LinkolnTableThroughStrataEval) {
  const auto table = shared_dir() / "data" / "linkoln" / "coverage_table.jsonl";
  if (shared_dir().empty() || !std::filesystem::exists(table)) {
    GTEST_SKIP() << "STRATA_SHARED_DIR with data/linkoln/coverage_table.jsonl is not available";
  }
  const ScratchDir dir;
  const auto texts = run_strata({"eval", "--gold-format", "linkoln", "--gold", table.string(),
                                 "--write-text", (dir / "text").string()});
  ASSERT_EQ(texts.exit_code, 0) << texts.err;
  const auto annotated = annotate(dir / "text", {"-o", (dir / "pred").string()});
  ASSERT_EQ(annotated.exit_code, 0) << annotated.err;
  const auto scored =
      run_strata({"eval", "--gold-format", "linkoln", "--gold", table.string(), "--pred",
                  (dir / "pred").string(), "--layer", "citations", "--format", "json"});
  ASSERT_EQ(scored.exit_code, 0) << scored.err;
  const auto json = nlohmann::json::parse(scored.out);
  EXPECT_FALSE(json.contains("micro"));  // the table has no spans
  EXPECT_GE(json["identifiers"]["precision"].get<double>(), 0.95);
  EXPECT_GE(json["identifiers"]["recall"].get<double>(), 0.95);
}

TEST(Legal, EvalScoresIdentifiersBesidesSpans) {
  const ScratchDir dir;
  std::filesystem::create_directories(dir / "text");
  write_file(dir / "text" / "doc.txt", "Vedi l'art. 2043 c.c. e il d.lgs. 196/2003.");
  const auto gold = annotate(dir / "text", {"-o", (dir / "gold").string()});
  ASSERT_EQ(gold.exit_code, 0) << gold.err;
  const auto pred =
      annotate(dir / "text", {"-o", (dir / "pred").string(), "--set", "legal.systems=eu"});
  ASSERT_EQ(pred.exit_code, 0) << pred.err;
  const auto scored = run_strata({"eval", "--gold", (dir / "gold").string(), "--pred",
                                  (dir / "pred").string(), "--layer", "citations"});
  ASSERT_EQ(scored.exit_code, 0) << scored.err;
  EXPECT_NE(scored.out.find("identifiers"), std::string::npos) << scored.out;
  const auto json = nlohmann::json::parse(
      run_strata({"eval", "--gold", (dir / "gold").string(), "--pred", (dir / "gold").string(),
                  "--layer", "citations", "--format", "json"})
          .out);
  EXPECT_EQ(json["identifiers"]["tp"], 2);
  EXPECT_EQ(json["micro"]["tp"], 2);
}

TEST(Legal, ABadListOrOptionIsAOneLineErrorAndExit2) {
  const ScratchDir dir;
  write_file(dir / "a.txt", "legge n. 1 del 2000");
  write_file(dir / "mine.tsv", "# mine\nstatuto albertino\tconstitution\n");
  const auto bad_list =
      annotate(dir / "a.txt", {"--set", "legal.instruments=" + (dir / "mine.tsv").string()});
  EXPECT_EQ(bad_list.exit_code, 2);
  EXPECT_NE(bad_list.err.find("mine.tsv:2: expected 4 tab-separated fields, found 2"),
            std::string::npos)
      << bad_list.err;
  EXPECT_EQ(std::count(bad_list.err.begin(), bad_list.err.end(), '\n'), 1) << bad_list.err;
  const auto bad_system = annotate(dir / "a.txt", {"--set", "legal.systems=it,uk"});
  EXPECT_EQ(bad_system.exit_code, 2);
  EXPECT_NE(bad_system.err.find("unknown system 'uk'"), std::string::npos) << bad_system.err;
  const auto no_system = annotate(dir / "a.txt", {"--set", "legal.systems= , "});
  EXPECT_EQ(no_system.exit_code, 2);
  EXPECT_NE(no_system.err.find("option 'systems': no system given"), std::string::npos)
      << no_system.err;
  const auto bad_gold =
      run_strata({"eval", "--gold-format", "linkoln", "--gold", (dir / "a.txt").string(),
                  "--write-text", (dir / "out").string()});
  EXPECT_EQ(bad_gold.exit_code, 2);
  EXPECT_NE(bad_gold.err.find("a.txt:1: "), std::string::npos) << bad_gold.err;
}

TEST(Legal, AnExtraListAddsInstruments) {
  const ScratchDir dir;
  write_file(dir / "a.txt", "L'art. 5 dello Statuto albertino.");
  write_file(dir / "mine.tsv",
             "statuto albertino\tconstitution\tstatuto-albertino\tStatuto albertino\n");
  const auto result =
      annotate(dir / "a.txt", {"--set", "legal.instruments=" + (dir / "mine.tsv").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto found = citations_of(result.out);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].second, "statuto-albertino~art5");
}

}  // namespace
}  // namespace strata::testing
