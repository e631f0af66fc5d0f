// The sentiment plugin end to end: the real strata program on real documents, the layer's
// contract (one annotation per sentence, one over the document) and bad options.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

// A sentiment annotation as a reader sees it: its text, label and scores.
struct Judgement {
  std::string text;
  std::string type;
  std::string scope;
  double score;
  double proportions;  // pos + neu + neg
};

// The sentiment layer of a JSON output; checks on the way that each annotation is whole.
std::vector<Judgement> judgements_of(const std::string& json_text, std::size_t* sentences) {
  const auto json = nlohmann::json::parse(json_text);
  const std::string text = json["text"];
  *sentences = json["layers"]["sentences"].size();
  std::vector<Judgement> found;
  for (const auto& a : json["layers"]["sentiment"]) {
    const std::size_t begin = byte_offset(text, a["begin"]);
    const std::size_t end = byte_offset(text, a["end"]);
    const auto& f = a["features"];
    found.push_back({text.substr(begin, end - begin), a["type"], f["scope"], f["score"],
                     f["pos"].get<double>() + f["neu"].get<double>() + f["neg"].get<double>()});
  }
  return found;
}

ProcessResult annotate(const std::filesystem::path& input,
                       const std::vector<std::string>& more = {}) {
  std::vector<std::string> arguments = {"annotate",         input.string(), "-p",
                                        "tokens,sentiment", "-f",           "json"};
  arguments.insert(arguments.end(), more.begin(), more.end());
  return run_strata(arguments);
}

// The layer contract; returns the judgements for label checks.
std::vector<Judgement> checked_judgements(const std::filesystem::path& input) {
  const auto result = annotate(input);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::size_t sentences = 0;
  std::vector<Judgement> found = judgements_of(result.out, &sentences);
  std::size_t documents = 0;
  for (const Judgement& j : found) {
    documents += j.scope == "document" ? 1 : 0;
    EXPECT_TRUE(j.scope == "document" || j.scope == "sentence") << j.scope;
    EXPECT_GE(j.score, -1.0);
    EXPECT_LE(j.score, 1.0);
    EXPECT_NEAR(j.proportions, 1.0, 2e-3) << j.text;  // each rounded to 3 places
    const std::string expected = j.score >= 0.05    ? "positive"
                                 : j.score <= -0.05 ? "negative"
                                                    : "neutral";
    EXPECT_EQ(j.type, expected) << j.text;
  }
  EXPECT_EQ(documents, 1U);
  EXPECT_EQ(found.size(), sentences + 1);
  const auto json = nlohmann::json::parse(result.out);
  for (const auto& a : json["layers"]["sentiment"]) {
    if (a["features"]["scope"] != "document") continue;
    EXPECT_EQ(a["begin"], 0);
    EXPECT_EQ(byte_offset(json["text"], a["end"]), json["text"].get<std::string>().size());
  }
  return found;
}

// The label of the sentence that contains `words`, or "(no sentence)".
std::string label_of(const std::vector<Judgement>& found, const std::string& words) {
  for (const Judgement& j : found) {
    if (j.scope == "sentence" && j.text.find(words) != std::string::npos) return j.type;
  }
  return "(no sentence)";
}

TEST(Sentiment, TheEnglishExampleKeepsTheContractAndReadsRight) {
  const auto found = checked_judgements(source_dir() / "examples" / "en-summit-geneva.txt");
  EXPECT_EQ(label_of(found, "This is a genuinely historic moment"), "positive");
  EXPECT_EQ(label_of(found, "a disappointing compromise"), "negative");
}

TEST(Sentiment, TheItalianExampleKeepsTheContractAndReadsRight) {
  const auto found = checked_judgements(source_dir() / "examples" / "it-vertice-roma.txt");
  EXPECT_EQ(label_of(found, "È un risultato straordinario"), "positive");
  EXPECT_EQ(label_of(found, "Il testo attuale è deludente"), "negative");
  EXPECT_EQ(label_of(found, "passo indietro preoccupante"), "negative");
}

TEST(Sentiment, TheItalianSampleKeepsTheContract) {
  const auto sample = shared_dir() / "samples" / "it-news-trattato.txt";
  if (shared_dir().empty() || !std::filesystem::exists(sample)) {
    GTEST_SKIP() << "STRATA_SHARED_DIR with samples/it-news-trattato.txt is not available";
  }
  const auto found = checked_judgements(sample);
  // A news article of 34 sentences, mostly plain report: its score must not near either end.
  for (const Judgement& j : found) {
    if (j.scope == "document") {
      EXPECT_LT(std::abs(j.score), 0.8) << j.score;
    }
  }
  // Sentences whose polarity no reader of the article doubts.
  EXPECT_EQ(label_of(found, "pieno sostegno e solidarietà"), "positive");
  EXPECT_EQ(label_of(found, "apprezza il \"sostegno coerente e incrollabile\""), "positive");
  EXPECT_EQ(label_of(found, "dopo l'invasione dell'Ucraina"), "negative");
  EXPECT_EQ(label_of(found, "espresso preoccupazioni su un possibile accordo"), "negative");
  // Plain reports: Sentix once made them strongly negative ("evento" -3.5, "rosso" -1.9).
  EXPECT_NE(label_of(found, "ha invitato Kim Jong-un a visitare Mosca"), "negative");
  EXPECT_NE(label_of(found, "accolto con un abbraccio dal leader nordcoreano"), "negative");
}

TEST(Sentiment, AnItalianNegationReachesPastTheWordsThatReinforceIt) {
  // With the tokenizer's words: "c'" and "è" are two, so "Non" is three words before "alcun".
  ScratchDir dir;
  write_file(dir / "a.txt",
             "Non c'è alcun problema. Non è affatto bello. Non è affatto male. "
             "Non è stato affatto facile.\n");
  const auto result = annotate(dir / "a.txt", {"-l", "it"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::size_t sentences = 0;
  const auto found = judgements_of(result.out, &sentences);
  EXPECT_EQ(label_of(found, "alcun problema"), "positive");
  EXPECT_EQ(label_of(found, "affatto bello"), "negative");
  EXPECT_EQ(label_of(found, "affatto male"), "positive");
  EXPECT_EQ(label_of(found, "affatto facile"), "negative");
}

TEST(Sentiment, InVrtTheDocumentHoldsASentenceThatSpansTheWholeText) {
  // A tweet: one sentence, no line end, so the sentence and the document have one extent. The
  // document's span is the outer one, as in every other document.
  ScratchDir dir;
  write_file(dir / "a.txt", "Che bella giornata!");
  const auto result = run_strata(
      {"annotate", (dir / "a.txt").string(), "-p", "tokens,sentiment", "-l", "it", "-f", "vrt"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::size_t document = result.out.find("<sentiment type=\"positive\" scope=\"document\"");
  const std::size_t sentence = result.out.find("<sentiment1 type=\"positive\" scope=\"sentence\"");
  EXPECT_NE(document, std::string::npos) << result.out;
  EXPECT_NE(sentence, std::string::npos) << result.out;
  EXPECT_LT(document, sentence) << result.out;
}

TEST(Sentiment, OtherLanguagesGetAnEmptyLayer) {
  ScratchDir dir;
  write_file(dir / "a.txt", "Das ist ein wunderbarer Tag.\n");
  const auto result = annotate(dir / "a.txt", {"-l", "de"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_TRUE(json["layers"]["sentiment"].empty());
}

TEST(Sentiment, AUserLexiconChangesTheScore) {
  ScratchDir dir;
  write_file(dir / "a.txt", "The zorblax arrived today.\n");
  write_file(dir / "mine.txt", "# mine\nzorblax\t3\n");
  std::size_t sentences = 0;
  const auto plain = annotate(dir / "a.txt", {"-l", "en"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(judgements_of(plain.out, &sentences).front().type, "neutral");
  const auto mine = annotate(
      dir / "a.txt", {"-l", "en", "--set", "sentiment.lexicon=" + (dir / "mine.txt").string()});
  ASSERT_EQ(mine.exit_code, 0) << mine.err;
  EXPECT_EQ(judgements_of(mine.out, &sentences).front().type, "positive");
}

TEST(Sentiment, BadOptionsStopTheRunWithOneLine) {
  ScratchDir dir;
  write_file(dir / "a.txt", "Che bella giornata.\n");
  write_file(dir / "bad.txt", "bello\t2\nbrutto\tmolto\n");
  write_file(dir / "nan.txt", "# a comment\nbello\tnan\n");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"sentiment.positive-threshold=0", "option 'positive-threshold'"},
      {"sentiment.negative-threshold=0.5", "option 'negative-threshold'"},
      {"sentiment.positive-threshold=high", "positive-threshold"},
      {"sentiment.languages=it,fr", "unknown language 'fr'"},
      {"sentiment.languages=", "option 'languages': no language given"},
      {"sentiment.lexicon=" + (dir / "none.txt").string(), "option 'lexicon': "},
      {"sentiment.lexicon=" + (dir / "bad.txt").string(), "bad.txt:2:"},
      {"sentiment.lexicon=" + (dir / "nan.txt").string(), "nan.txt:2:"},
  };
  for (const auto& [setting, expected] : cases) {
    const auto result = annotate(dir / "a.txt", {"--set", setting});
    EXPECT_EQ(result.exit_code, 2) << setting << result.err;
    EXPECT_NE(result.err.find(expected), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
}

}  // namespace
}  // namespace strata::testing
