// strata eval end to end: CoNLL gold made into text, predictions scored against it.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace strata::testing
