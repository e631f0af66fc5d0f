// strata eval end to end: CoNLL gold made into text, predictions scored against it.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

class Eval : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "gold.tsv",
               "Mario\tB-PER\nRossi\tI-PER\nè\tO\na\tO\nRoma\tB-LOC\n.\tO\n\n"
               "L'\tO\nONU\tB-ORG\ntace\tO\n.\tO\n");
  }

  // Writes the gold's text, annotates it with tokens, and adds `entities` to the JSON.
  void predict(const std::vector<nlohmann::json>& entities) {
    ASSERT_EQ(run_strata({"eval", "--gold", gold(), "--gold-format", "conll", "--write-text",
                          (dir_ / "text").string()})
                  .exit_code,
              0);
    EXPECT_EQ(read_file(dir_ / "text" / "gold.txt"), "Mario Rossi è a Roma.\nL'ONU tace.\n");
    const auto annotated = run_strata({"annotate", (dir_ / "text").string(), "-o",
                                       (dir_ / "pred").string(), "-p", "tokens", "-f", "json"});
    ASSERT_EQ(annotated.exit_code, 0) << annotated.err;
    auto json = nlohmann::json::parse(read_file(dir_ / "pred" / "gold.json"));
    json["layers"]["entities"] = nlohmann::json(entities);  // an array, even of one
    write_file(dir_ / "pred" / "gold.json", json.dump());
  }

  nlohmann::json scores(const std::string& match = "exact") {
    const auto result = run_strata({"eval", "--gold", gold(), "--gold-format", "conll", "--pred",
                                    (dir_ / "pred").string(), "--layer", "entities", "--match",
                                    match, "--format", "json"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return nlohmann::json::parse(result.out);
  }

  std::string gold() const { return (dir_ / "gold.tsv").string(); }
  ScratchDir dir_;
};

nlohmann::json entity(int id, int begin, int end, const char* type) {
  return {{"id", id}, {"begin", begin}, {"end", end}, {"type", type}, {"features", {}}};
}

TEST_F(Eval, ScoresExactOverlapAndTokenLevel) {
  // "Rossi" instead of "Mario Rossi", Roma right, ONU as LOC, and a DATE the gold cannot have.
  predict({entity(0, 6, 11, "PER"), entity(1, 16, 20, "LOC"), entity(2, 24, 27, "LOC"),
           entity(3, 0, 5, "DATE")});
  const auto exact = scores();
  EXPECT_EQ(exact["documents"], 1);
  EXPECT_EQ(exact["micro"]["tp"], 1);  // Roma
  EXPECT_EQ(exact["micro"]["fp"], 2);  // Rossi, ONU as LOC; DATE is not a gold label
  EXPECT_EQ(exact["micro"]["fn"], 2);  // Mario Rossi, ONU as ORG
  EXPECT_EQ(exact["labels"]["ORG"]["fn"], 1);
  EXPECT_FALSE(exact["labels"].contains("DATE"));
  EXPECT_EQ(exact["token_level"]["tp"], 2);  // Rossi, Roma
  EXPECT_EQ(exact["token_level"]["fn"], 2);  // Mario, ONU
  EXPECT_EQ(exact["token_level"]["fp"], 1);  // ONU as LOC
  EXPECT_EQ(scores("overlap")["micro"]["tp"], 2);
}

TEST_F(Eval, TableFormatAndLabelsOption) {
  predict({entity(0, 0, 11, "PER")});
  const auto result =
      run_strata({"eval", "--gold", gold(), "--gold-format", "conll", "--pred",
                  (dir_ / "pred").string(), "--layer", "entities", "--labels", "PER"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("PER                 1      1      1      0      0     1.0000   "
                            "1.0000   1.0000"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("LOC"), std::string::npos);
}

// A misspelt layer or label scored nothing and printed zeros as a result.
TEST_F(Eval, ALayerOrLabelThatNoDocumentHasIsAnError) {
  predict({entity(0, 0, 11, "PER")});
  const auto run = [&](const std::vector<std::string>& more) {
    std::vector<std::string> arguments = {
        "eval", "--gold", gold(), "--gold-format", "conll", "--pred", (dir_ / "pred").string()};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return run_strata(arguments);
  };
  const auto layer = run({"--layer", "entitis"});
  EXPECT_EQ(layer.exit_code, 2);
  EXPECT_EQ(layer.err, "strata: error: no document of " + (dir_ / "pred").string() +
                           " has a layer 'entitis'\n");
  const auto label = run({"--layer", "entities", "--labels", "PER,PRE"});
  EXPECT_EQ(label.exit_code, 2);
  EXPECT_EQ(label.err,
            "strata: error: no span of the gold or the predictions has the label 'PRE' (they "
            "have: LOC, ORG, PER)\n");
  const auto none = run({"--layer", "entities", "--labels", ","});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_EQ(none.err, "strata: error: --labels names no label\n");
  const auto attribute = run({"--layer", "entities", "--attribute", "speakr_name"});
  EXPECT_EQ(attribute.exit_code, 2);
  EXPECT_EQ(attribute.err,
            "strata: error: no span of the gold or the predictions has a string feature "
            "'speakr_name' (--attribute scores string features)\n");
}

// A predicted document without the layer (made by another chain) counted as predicting nothing.
TEST_F(Eval, APredictedDocumentWithoutTheLayerIsAnError) {
  predict({entity(0, 0, 11, "PER")});
  write_file(dir_ / "gold" / "a.json", read_file(dir_ / "pred" / "gold.json"));
  write_file(dir_ / "gold" / "b.json", read_file(dir_ / "pred" / "gold.json"));
  auto without = nlohmann::json::parse(read_file(dir_ / "pred" / "gold.json"));
  without["layers"].erase("entities");
  write_file(dir_ / "mixed" / "a.json", read_file(dir_ / "pred" / "gold.json"));
  write_file(dir_ / "mixed" / "b.json", without.dump());
  const auto result = run_strata({"eval", "--gold", (dir_ / "gold").string(), "--pred",
                                  (dir_ / "mixed").string(), "--layer", "entities"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "strata: error: document 'b' of " + (dir_ / "mixed").string() +
                            " has no layer 'entities' (annotated with another chain?)\n");
  // TEI leaves out a layer without annotations: there it is a prediction of nothing.
  std::filesystem::remove(dir_ / "mixed" / "b.json");
  const auto tei = run_strata({"annotate", (dir_ / "text" / "gold.txt").string(), "-p", "tokens",
                               "-f", "tei", "-o", (dir_ / "mixed" / "b.xml").string()});
  ASSERT_EQ(tei.exit_code, 0) << tei.err;
  const auto scored =
      run_strata({"eval", "--gold", (dir_ / "gold").string(), "--pred", (dir_ / "mixed").string(),
                  "--layer", "entities", "--format", "json"});
  EXPECT_EQ(scored.exit_code, 0) << scored.err;
}

TEST_F(Eval, PredictionOnAnotherTextIsRefused) {
  predict({});
  auto json = nlohmann::json::parse(read_file(dir_ / "pred" / "gold.json"));
  json["text"] = "Maria Rossi è a Roma.\nL'ONU tace.\n";
  write_file(dir_ / "pred" / "gold.json", json.dump());
  const auto result = run_strata({"eval", "--gold", gold(), "--gold-format", "conll", "--pred",
                                  (dir_ / "pred").string(), "--layer", "entities"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("document 'gold': the predicted text differs from the gold text at "
                            "code point 4"),
            std::string::npos)
      << result.err;
}

TEST_F(Eval, BadGoldLabelNamesFileAndLine) {
  write_file(dir_ / "bad.tsv", "Roma\tB-LOC\nMilano\tB-city\n");
  const auto result = run_strata({"eval", "--gold", (dir_ / "bad.tsv").string(), "--gold-format",
                                  "conll", "--write-text", (dir_ / "t").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("bad.tsv:2: label 'B-city' is not O, B-TYPE or I-TYPE"),
            std::string::npos)
      << result.err;
}

// It writes texts and scores nothing: a scoring option beside it would be silently ignored.
TEST_F(Eval, WriteTextRefusesScoringOptions) {
  const auto with_pred =
      run_strata({"eval", "--gold", gold(), "--gold-format", "conll", "--write-text",
                  (dir_ / "t").string(), "--pred", (dir_ / "p").string(), "--layer", "entities"});
  EXPECT_EQ(with_pred.exit_code, 2);
  EXPECT_NE(with_pred.err.find("--write-text only writes the gold's texts; give --pred in the "
                               "run that scores them, without --write-text"),
            std::string::npos)
      << with_pred.err;
  const auto with_format = run_strata({"eval", "--gold", gold(), "--gold-format", "conll",
                                       "--write-text", (dir_ / "t").string(), "--format", "json"});
  EXPECT_EQ(with_format.exit_code, 2);
  EXPECT_NE(with_format.err.find("give --format in the run"), std::string::npos) << with_format.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "t"));
}

TEST_F(Eval, DocumentSentencesMustBeACountForConllGold) {
  const auto negative =
      run_strata({"eval", "--gold", gold(), "--gold-format", "conll", "--document-sentences", "-1",
                  "--write-text", (dir_ / "t").string()});
  EXPECT_EQ(negative.exit_code, 2);
  EXPECT_NE(negative.err.find("--document-sentences must not be negative"), std::string::npos)
      << negative.err;
  const auto strata_gold = run_strata({"eval", "--gold", gold(), "--document-sentences", "5",
                                       "--pred", gold(), "--layer", "entities"});
  EXPECT_EQ(strata_gold.exit_code, 2);
  EXPECT_NE(strata_gold.err.find("--document-sentences needs --gold-format conll"),
            std::string::npos)
      << strata_gold.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "t"));
}

TEST_F(Eval, StrataGoldAgainstStrataPrediction) {
  predict({entity(0, 0, 11, "PER")});
  const auto result =
      run_strata({"eval", "--gold", (dir_ / "pred").string(), "--pred", (dir_ / "pred").string(),
                  "--layer", "entities", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["micro"]["f1"], 1.0);
}

// TEI predictions (*.xml) are read as well as JSON ones: the same run written both ways scores
// the same against the CoNLL gold, and TEI against TEI of a second run agrees completely.
TEST_F(Eval, TeiPredictionsScoreAsJsonOnes) {
  ASSERT_EQ(run_strata({"eval", "--gold", gold(), "--gold-format", "conll", "--write-text",
                        (dir_ / "text").string()})
                .exit_code,
            0);
  for (const auto& [output, format] : std::vector<std::pair<std::string, std::string>>{
           {"tei", "tei"}, {"tei-again", "tei"}, {"json", "json"}}) {
    const auto annotated =
        run_strata({"annotate", (dir_ / "text").string(), "-o", (dir_ / output).string(), "-p",
                    "tokens,entities", "-f", format});
    ASSERT_EQ(annotated.exit_code, 0) << annotated.err;
  }
  const auto tei_vs_tei =
      run_strata({"eval", "--gold", (dir_ / "tei").string(), "--pred",
                  (dir_ / "tei-again").string(), "--layer", "entities", "--format", "json"});
  ASSERT_EQ(tei_vs_tei.exit_code, 0) << tei_vs_tei.err;
  const auto agreement = nlohmann::json::parse(tei_vs_tei.out);
  EXPECT_GT(agreement["micro"]["tp"], 0);  // the entities plugin found something to agree on
  EXPECT_EQ(agreement["micro"]["f1"], 1.0);
  const auto scores_of = [&](const std::string& pred) {
    const auto result =
        run_strata({"eval", "--gold", gold(), "--gold-format", "conll", "--pred",
                    (dir_ / pred).string(), "--layer", "entities", "--format", "json"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return nlohmann::json::parse(result.out);
  };
  EXPECT_EQ(scores_of("tei"), scores_of("json"));
}

// Scoring a feature of matched spans: the quotations' speakers, gold and predicted JSON made from
// one annotated text with hand-written quotations layers.
class EvalAttribute : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "text" / "doc.txt",
               "Putin said \"Stop.\" Biden said \"No.\" Xi said \"Yes.\" Lee said \"Go.\"\n");
    const auto annotated = run_strata({"annotate", (dir_ / "text").string(), "-o",
                                       (dir_ / "tokens").string(), "-p", "tokens", "-f", "json"});
    ASSERT_EQ(annotated.exit_code, 0) << annotated.err;
    // Gold: four quotes, each with its speaker. Predicted: the first speaker named in part, the
    // second wrong, the third quote not found, the fourth's speaker not a string.
    write_quotations("gold", {quote(0, 11, 18, "Vladimir Putin"), quote(1, 30, 35, "Joe Biden"),
                              quote(2, 44, 50, "Xi Jinping"), quote(3, 60, 65, "Lee")});
    write_quotations("pred", {quote(0, 11, 18, "Putin"), quote(1, 30, 35, "Kamala Harris"),
                              quote(2, 60, 65, 7)});
  }

  static nlohmann::json quote(int id, int begin, int end, const nlohmann::json& speaker) {
    return {{"id", id},
            {"begin", begin},
            {"end", end},
            {"type", "quote"},
            {"features", {{"marks", "\"\""}, {"speaker_name", speaker}}}};
  }

  void write_quotations(const std::string& folder, const std::vector<nlohmann::json>& quotes) {
    auto json = nlohmann::json::parse(read_file(dir_ / "tokens" / "doc.json"));
    json["layers"]["quotations"] = nlohmann::json(quotes);
    write_file(dir_ / folder / "doc.json", json.dump());
  }

  ProcessResult eval(std::vector<std::string> options) {
    std::vector<std::string> arguments = {
        "eval",    "--gold",    (dir_ / "gold").string(), "--pred", (dir_ / "pred").string(),
        "--layer", "quotations"};
    arguments.insert(arguments.end(), options.begin(), options.end());
    return run_strata(arguments);
  }

  ScratchDir dir_;
};

TEST_F(EvalAttribute, TablePrintsTheAccuracyOfTheSpeakers) {
  const auto result = eval({"--labels", "quote", "--attribute", "speaker_name"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("quote               4      3      3      0      1"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("\nattribute speaker_name (name match): 3 matched spans with it, 1 "
                            "correct, 1 without a value, accuracy 0.3333; 4 gold spans with it, "
                            "end to end 0.2500\n"),
            std::string::npos)
      << result.out;
}

TEST_F(EvalAttribute, JsonGivesTheCountsAndExactMatchIsStricter) {
  const auto result =
      eval({"--attribute", "speaker_name", "--attribute-match", "exact", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto attribute = nlohmann::json::parse(result.out)["attribute"];
  EXPECT_EQ(attribute, nlohmann::json::parse(R"({"name": "speaker_name", "match": "exact",
      "scored": 3, "correct": 0, "missing": 1, "accuracy": 0.0, "gold_with_feature": 4,
      "end_to_end": 0.0})"));
}

TEST_F(EvalAttribute, NothingChangesWithoutTheOption) {
  const auto result = eval({"--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(nlohmann::json::parse(result.out).contains("attribute"));
  EXPECT_EQ(eval({}).out.find("attribute"), std::string::npos);
}

TEST_F(EvalAttribute, UnknownAttributeMatchIsAUsageError) {
  const auto result = eval({"--attribute", "speaker_name", "--attribute-match", "fuzzy"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown --attribute-match 'fuzzy' (use exact or name)"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(result.out, "");
}

// The quotations plugin's own output, written as JSON and as TEI: both readers keep the string
// features and leave out the others (a reference, a number).
TEST(EvalAttributeFormats, TeiAndJsonCarryTheSameSpeakers) {
  ScratchDir dir;
  write_file(dir / "text" / "a.txt", "Mario Rossi ha affermato: «Siamo pronti a tutto».\n");
  for (const std::string format : {"json", "tei"}) {
    const auto annotated =
        run_strata({"annotate", (dir / "text").string(), "-o", (dir / format).string(), "-p",
                    "tokens,entities,quotations", "-f", format, "-l", "it"});
    ASSERT_EQ(annotated.exit_code, 0) << annotated.err;
  }
  const auto eval = [&](const std::string& name) {
    return run_strata({"eval", "--gold", (dir / "json").string(), "--pred", (dir / "tei").string(),
                       "--layer", "quotations", "--attribute", name, "--format", "json"});
  };
  const auto speaker_text = eval("speaker_text");
  ASSERT_EQ(speaker_text.exit_code, 0) << speaker_text.err;
  EXPECT_EQ(nlohmann::json::parse(speaker_text.out)["attribute"]["scored"], 1);
  EXPECT_EQ(nlohmann::json::parse(speaker_text.out)["attribute"]["correct"], 1);
  // Not string features: nothing to score, which is said rather than scored as zeros.
  for (const std::string name : {"speaker", "confidence"}) {  // a reference, a number
    EXPECT_EQ(eval(name).exit_code, 2) << name;
  }
}

// Sentiment gold sets: tiny VADER and SENTIPOLC files, and predicted documents written by hand
// as the sentiment plugin writes them (a sentence annotation, then the document one).
class EvalSentiment : public ::testing::Test {
 protected:
  // The prediction for the gold item `key` whose text is `item_text` (ASCII: its code points are
  // its bytes), as written for it with a line end.
  void predict(const std::string& key, const std::string& type, double score,
               const std::string& item_text) {
    const std::string text = item_text + "\n";
    const int end = static_cast<int>(text.size());
    const auto annotation = [&](int id, int end, const char* scope, const std::string& kind,
                                double value) {
      return nlohmann::json{
          {"id", id},
          {"begin", 0},
          {"end", end},
          {"type", kind},
          {"features",
           {{"scope", scope}, {"score", value}, {"pos", 0.2}, {"neu", 0.6}, {"neg", 0.2}}}};
    };
    // The sentence says the opposite, so scoring it instead of the document would show.
    const nlohmann::json document = {
        {"id", key},
        {"text", text},
        {"layers",
         {{"sentiment",
           nlohmann::json::array({annotation(0, end - 1, "sentence", "neutral", -score),
                                  annotation(1, end, "document", type, score)})}}}};
    write_file(dir_ / "pred" / (key + ".json"), document.dump());
  }

  ProcessResult eval(const std::string& gold, const std::string& format,
                     std::vector<std::string> options = {}) {
    std::vector<std::string> arguments = {
        "eval",     "--gold", (dir_ / gold).string(),   "--gold-format",
        format,     "--pred", (dir_ / "pred").string(), "--layer",
        "sentiment"};
    arguments.insert(arguments.end(), options.begin(), options.end());
    return run_strata(arguments);
  }

  nlohmann::json json_scores(const std::string& gold, const std::string& format,
                             std::vector<std::string> options = {}) {
    options.insert(options.end(), {"--format", "json"});
    const auto result = eval(gold, format, options);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return nlohmann::json::parse(result.out);
  }

  // Gold a 3.0, b -2.0, c 0.3, d 0.6; predicted a positive, b negative, c positive, d neutral.
  void vader_case() {
    write_file(dir_ / "vader.txt",
               "a\t3.0\tFun!\r\nb\t-2.0\tBad.\r\nc\t0.3\tOk.\r\nd\t0.6\tFine.\r\n");
    predict("a", "positive", 0.8, "Fun!");
    predict("b", "negative", -0.5, "Bad.");
    predict("c", "positive", 0.1, "Ok.");
    predict("d", "neutral", 0.2, "Fine.");
  }

  ScratchDir dir_;
};

TEST_F(EvalSentiment, VaderWritesOneTextPerItemWithSafeNames) {
  write_file(dir_ / "vader.txt", "1_1\t2.5\tGreat fun!\r\n../x y\t-1\tBad, \"really\".\r\n");
  const auto result = run_strata({"eval", "--gold", (dir_ / "vader.txt").string(), "--gold-format",
                                  "vader", "--write-text", (dir_ / "text").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(read_file(dir_ / "text" / "1_1.txt"), "Great fun!\n");
  EXPECT_EQ(read_file(dir_ / "text" / "___x_y.txt"), "Bad, \"really\".\n");
  EXPECT_NE(result.err.find("wrote 2 text file(s)"), std::string::npos) << result.err;
}

TEST_F(EvalSentiment, VaderJsonHasCorrelationAndClassScores) {
  vader_case();
  const auto scores = json_scores("vader.txt", "vader");
  EXPECT_EQ(scores["items"], 4);
  // Centred scores .65 -.65 -.05 .05 and means 2.525 -2.475 -.175 .125, worked out by hand.
  EXPECT_NEAR(scores["pearson_r"].get<double>(), 3.265 / std::sqrt(0.85 * 12.5475), 1e-9);
  EXPECT_EQ(scores["gold_neutral"], 0.5);
  // Gold classes: a, d positive; b negative; c neutral.
  EXPECT_EQ(scores["classes"]["positive"]["tp"], 1);
  EXPECT_EQ(scores["classes"]["positive"]["fp"], 1);  // c
  EXPECT_EQ(scores["classes"]["positive"]["fn"], 1);  // d
  EXPECT_EQ(scores["classes"]["neutral"]["f1"], 0.0);
  EXPECT_EQ(scores["classes"]["negative"]["f1"], 1.0);
  EXPECT_DOUBLE_EQ(scores["macro_f1"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(scores["accuracy"].get<double>(), 0.5);
  // A wider neutral band makes d neutral, as predicted.
  const auto wider = json_scores("vader.txt", "vader", {"--gold-neutral", "0.7"});
  EXPECT_DOUBLE_EQ(wider["accuracy"].get<double>(), 0.75);
  EXPECT_NEAR(wider["classes"]["neutral"]["f1"].get<double>(), 2.0 / 3, 1e-9);
}

TEST_F(EvalSentiment, VaderTablePrintsTheThresholds) {
  vader_case();
  const auto result = eval("vader.txt", "vader");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("4 item(s) scored\nPearson r (score vs gold mean) 0.99"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("positive if mean > 0.5000, negative if mean < -0.5000"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("positive            2      2      1      1      1     0.5000"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("macro F1 0.5000, accuracy 0.5000"), std::string::npos) << result.out;
}

TEST_F(EvalSentiment, AnItemMissingFromThePredictionsIsAnError) {
  vader_case();
  std::filesystem::remove(dir_ / "pred" / "c.json");
  const auto result = eval("vader.txt", "vader");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("item 'c' has no sentiment document in"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("(1 of 4 items missing)"), std::string::npos) << result.err;
}

// Two gold sets number their items alike (VADER's tweets and movie reviews both from 1): the
// predictions of one must not be scored against the other.
TEST_F(EvalSentiment, PredictionsOfOtherTextsAreAnError) {
  vader_case();
  write_file(dir_ / "other.txt", "a\t3.0\tFun!\nb\t-2.0\tBad!\nc\t0.3\tOk.\nd\t0.6\tFine.\n");
  const auto result = eval("other.txt", "vader");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("document 'b': the predicted text differs from the gold text at code "
                            "point 3"),
            std::string::npos)
      << result.err;
}

TEST_F(EvalSentiment, AnEmptyGoldOrOneThatIsNotUtf8IsAnError) {
  vader_case();
  write_file(dir_ / "empty.txt", "");
  EXPECT_EQ(eval("empty.txt", "vader").err,
            "strata: error: " + (dir_ / "empty.txt").string() + ": no items\n");
  write_file(
      dir_ / "header.csv",
      "\"idtwitter\",\"subj\",\"opos\",\"oneg\",\"iro\",\"lpos\",\"lneg\",\"top\",\"text\"\n");
  EXPECT_EQ(eval("header.csv", "sentipolc").exit_code, 2);
  write_file(dir_ / "latin1.txt", "a\t1.0\tCitt\xe0 bella\n");
  const auto latin1 = eval("latin1.txt", "vader");
  EXPECT_EQ(latin1.exit_code, 2);
  EXPECT_NE(latin1.err.find("latin1.txt:1: "), std::string::npos) << latin1.err;
}

TEST_F(EvalSentiment, BadVaderGoldNamesFileAndLineAndWritesNothing) {
  write_file(dir_ / "vader.txt", "a\t1\tGood.\nb\tgood\tBad rating.\n");
  const auto result = run_strata({"eval", "--gold", (dir_ / "vader.txt").string(), "--gold-format",
                                  "vader", "--write-text", (dir_ / "text").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("vader.txt:2: rating 'good' is not a number"), std::string::npos)
      << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "text"));
}

// The four tweets of class_scores_test's SENTIPOLC case; the first text has a quote, a comma
// and a line break inside its field.
TEST_F(EvalSentiment, SentipolcWritesTextsAndScoresPolarity) {
  write_file(
      dir_ / "gold.csv",
      "\"idtwitter\",\"subj\",\"opos\",\"oneg\",\"iro\",\"lpos\",\"lneg\",\"top\",\"text\"\r\n"
      "\"11\",1,1,0,0,1,0,0,\"Che \"\"bello\"\", davvero\r\nbravi\"\r\n"
      "\"12\",1,0,1,0,0,1,0,\"Pessimo\"\r\n"
      "\"13\",0,0,0,0,0,0,0,\"Piove\"\r\n"
      "\"14\",1,1,1,0,1,1,0,\"Bello ma caro\"\r\n");
  const auto written = run_strata({"eval", "--gold", (dir_ / "gold.csv").string(), "--gold-format",
                                   "sentipolc", "--write-text", (dir_ / "text").string()});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_EQ(read_file(dir_ / "text" / "11.txt"), "Che \"bello\", davvero\nbravi\n");
  EXPECT_EQ(read_file(dir_ / "text" / "14.txt"), "Bello ma caro\n");
  predict("11", "positive", 0.7, "Che \"bello\", davvero\nbravi");
  predict("12", "positive", 0.3, "Pessimo");
  predict("13", "neutral", 0.0, "Piove");
  predict("14", "negative", -0.4, "Bello ma caro");
  const auto scores = json_scores("gold.csv", "sentipolc");
  EXPECT_EQ(scores["items"], 4);
  EXPECT_DOUBLE_EQ(scores["positive"]["f"].get<double>(), 0.5);
  EXPECT_EQ(scores["positive"]["class_1"]["tp"], 1);
  EXPECT_NEAR(scores["negative"]["f"].get<double>(), (2.0 / 3 + 0.8) / 2, 1e-9);
  EXPECT_NEAR(scores["combined"].get<double>(), (0.5 + (2.0 / 3 + 0.8) / 2) / 2, 1e-9);
  const auto table = eval("gold.csv", "sentipolc");
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("F_pos 0.5000, F_neg 0.7333, combined F 0.6167"), std::string::npos)
      << table.out;
}

TEST_F(EvalSentiment, SentipolcRowWithTooFewFieldsNamesFileAndLine) {
  write_file(dir_ / "gold.csv", "\"1\",1,1,0,0,1,0,0,\"ok\"\n\"2\",1,1,0,\"short\"\n");
  const auto result = eval("gold.csv", "sentipolc");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("gold.csv:2: 5 fields, not 9"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace strata::testing
