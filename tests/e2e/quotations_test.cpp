// The quotations plugin end to end: the real strata program on real documents, its dev gold set
// and bad options.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "strata_process.hpp"
#include "wn_dev_gold.hpp"

namespace strata::testing {
namespace {

// A quotation as a reader sees it: the quoted words and who says them.
struct Quotation {
  std::string text;
  std::string speaker;  // speaker_name, or "" for none
  std::string speaker_text;
  std::string cue;
};

std::vector<Quotation> quotations_of(const std::string& json_text) {
  const auto json = nlohmann::json::parse(json_text);
  const std::string text = json["text"];
  std::vector<Quotation> quotations;
  for (const auto& a : json["layers"]["quotations"]) {
    const std::size_t begin = byte_offset(text, a["begin"]);
    const std::size_t end = byte_offset(text, a["end"]);
    quotations.push_back({text.substr(begin, end - begin), a["features"].value("speaker_name", ""),
                          a["features"].value("speaker_text", ""), a["features"].value("cue", "")});
  }
  return quotations;
}

std::string speaker_of(const std::vector<Quotation>& quotations, const std::string& text) {
  for (const Quotation& q : quotations) {
    if (q.text == text) return q.speaker;
  }
  return "(not a quotation)";
}

ProcessResult annotate(const std::filesystem::path& input,
                       const std::vector<std::string>& more = {}) {
  std::vector<std::string> arguments = {
      "annotate", input.string(), "-p", "tokens,entities,quotations", "-f", "json"};
  arguments.insert(arguments.end(), more.begin(), more.end());
  return run_strata(arguments);
}

TEST(Quotations, TheItalianSampleHasItsQuotesAndSpeakers) {
  const auto sample = shared_dir() / "samples" / "it-news-trattato.txt";
  if (shared_dir().empty() || !std::filesystem::exists(sample)) {
    GTEST_SKIP() << "STRATA_SHARED_DIR with samples/it-news-trattato.txt is not available";
  }
  const auto result = annotate(sample);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto found = quotations_of(result.out);
  EXPECT_EQ(speaker_of(found, "un documento davvero rivoluzionario"), "Vladimir Putin");
  EXPECT_EQ(speaker_of(found, "livello di alleanza"), "Kim Jong-un");
  EXPECT_EQ(speaker_of(found, "più caro amico del popolo coreano"), "Kim Jong-un");
  EXPECT_EQ(
      speaker_of(found, "non esclude una cooperazione tecnico-militare con la Corea del Nord"),
      "Vladimir Putin");
  EXPECT_EQ(speaker_of(found, "senza esitazione"), "(not a quotation)");  // a treaty's words
}

TEST(Quotations, TheEnglishExampleHasItsQuotesAndSpeakers) {
  const auto result = annotate(source_dir() / "examples" / "en-summit-geneva.txt");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto found = quotations_of(result.out);
  EXPECT_EQ(speaker_of(found, "This is a genuinely historic moment,"), "Amara Okafor");
  EXPECT_EQ(speaker_of(found, "and people deserve rules that actually bite."), "Rebecca Thornton");
}

TEST(Quotations, ASubjectBeforeTheCueAfterTheQuoteIsTheSpeaker) {
  // '"Q," he said', the commonest English attribution, with a pronoun, a role noun or a name the
  // entities layer does not mark; and its Italian counterpart.
  ScratchDir dir;
  write_file(dir / "en.txt",
             "\"This is the end of it all for us, my friend,\" he said.\n\n"
             "\"We will not back down from this fight, not now, not ever,\" the president said."
             "\n\n\"We will not back down from this fight, not now, not ever,\" Biden said.\n");
  write_file(dir / "it.txt",
             "«La riforma è necessaria per tutto il paese e per noi», lui ha detto.\n");
  const auto en = annotate(dir / "en.txt", {"-l", "en"});
  ASSERT_EQ(en.exit_code, 0) << en.err;
  const auto found = quotations_of(en.out);
  ASSERT_EQ(found.size(), 3u) << en.out;
  const std::vector<std::string> subjects = {"he", "the president", "Biden"};
  for (std::size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].cue, "said") << found[i].text;
    EXPECT_EQ(found[i].speaker_text, subjects[i]) << found[i].text;
  }
  const auto it = annotate(dir / "it.txt", {"-l", "it"});
  ASSERT_EQ(it.exit_code, 0) << it.err;
  const auto found_it = quotations_of(it.out);
  ASSERT_EQ(found_it.size(), 1u) << it.out;
  EXPECT_EQ(found_it[0].cue, "ha detto");
  EXPECT_EQ(found_it[0].speaker_text, "lui");
}

TEST(Quotations, ScoreOnTheItalianDevGoldHolds) {
  // A regression guard on tests/data/quotations-it (see its README), not a benchmark. Its text is
  // KIND's, which the repository does not hold: restore-wn-dev.py makes it from ../shared.
  if (const std::string why = wn_dev_unavailable(); !why.empty()) GTEST_SKIP() << why;
  ScratchDir dir;
  const auto data = dir / "wn-dev";
  const auto restore = restore_wn_dev(kind_wn_dev(), data);
  ASSERT_EQ(restore.exit_code, 0) << restore.err;
  const auto run = run_strata({"annotate", (data / "text").string(), "-o", (dir / "pred").string(),
                               "-p", "tokens,entities,quotations", "-f", "json", "-l", "it",
                               "--set", "tokens.paragraphs=blank-lines"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto eval = run_strata({"eval", "--gold", (data / "quotations-it").string(), "--pred",
                                (dir / "pred").string(), "--layer", "quotations", "--labels",
                                "quote", "--attribute", "speaker_name", "--format", "json"});
  ASSERT_EQ(eval.exit_code, 0) << eval.err;
  const auto scores = nlohmann::json::parse(eval.out);
  EXPECT_GE(scores["micro"]["f1"].get<double>(), 0.88) << eval.out;
  EXPECT_GE(scores["attribute"]["accuracy"].get<double>(), 0.80) << eval.out;
}

TEST(Quotations, BadOptionsStopTheRunWithOneLine) {
  ScratchDir dir;
  write_file(dir / "a.txt", "«Non ci sto», ha detto Mario Rossi.\n");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"quotations.min-words=0", "option 'min-words' must be between 1 and 100"},
      {"quotations.languages=it,fr", "unknown language 'fr'"},
      {"quotations.languages=", "option 'languages': no language given"},
      {"quotations.cues=" + (dir / "none.txt").string(), "option 'cues'"},
  };
  for (const auto& [setting, expected] : cases) {
    const auto result = annotate(dir / "a.txt", {"--set", setting});
    EXPECT_EQ(result.exit_code, 2) << setting << result.err;
    EXPECT_NE(result.err.find(expected), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
}

TEST(Quotations, AUserCueListAddsCues) {
  ScratchDir dir;
  write_file(dir / "a.txt", "Ieri sera Mario Rossi gorgheggiò «tutto bene».\n");
  write_file(dir / "cues.txt", "# mine\ngorgheggiò\n");
  const auto plain = annotate(dir / "a.txt");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(speaker_of(quotations_of(plain.out), "tutto bene"), "(not a quotation)");
  const auto result =
      annotate(dir / "a.txt", {"--set", "quotations.cues=" + (dir / "cues.txt").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(speaker_of(quotations_of(result.out), "tutto bene"), "Mario Rossi");
}

}  // namespace
}  // namespace strata::testing
