// The entities plugin end to end: the real strata program annotating, training and refusing
// bad inputs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

// An annotation of the entities layer as a reader sees it.
struct Entity {
  std::string type;
  std::string text;
  std::string source;
  std::string when;
};

std::vector<Entity> entities_of(const std::string& json_text) {
  const auto json = nlohmann::json::parse(json_text);
  const std::string text = json["text"];
  std::vector<Entity> entities;
  for (const auto& a : json["layers"]["entities"]) {
    const std::size_t begin = byte_offset(text, a["begin"]);
    const std::size_t end = byte_offset(text, a["end"]);
    const auto& features = a["features"];
    entities.push_back({a["type"], text.substr(begin, end - begin), features["source"],
                        features.value("when", "")});
    const double confidence = features["confidence"];
    EXPECT_GT(confidence, 0.0);
    EXPECT_LE(confidence, 1.0);
  }
  return entities;
}

// How many annotations of `type` cover exactly `text`.
int count(const std::vector<Entity>& entities, const std::string& type, const std::string& text) {
  int n = 0;
  for (const Entity& e : entities) n += e.type == type && e.text == text ? 1 : 0;
  return n;
}

class Entities : public ::testing::Test {
 protected:
  ProcessResult annotate(const std::filesystem::path& input,
                         const std::vector<std::string>& more = {}) {
    std::vector<std::string> arguments = {"annotate",        input.string(), "-p",
                                          "tokens,entities", "-f",           "json"};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return run_strata(arguments);
  }

  // Expects a refusal of the options: exit 2 and one line naming what is wrong.
  void expect_setup_error(const std::vector<std::string>& more, const std::string& expected) {
    write_file(dir_ / "a.txt", "Mario Rossi vive a Roma.\n");
    const auto result = annotate(dir_ / "a.txt", more);
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_NE(result.err.find(expected), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }

  ProcessResult train(const std::filesystem::path& data, const std::filesystem::path& model) {
    return run_strata({"train", "entities", "--data", data.string(), "--lang", "it", "-o",
                       model.string(), "--epochs", "2"});
  }

  ScratchDir dir_;
};

TEST_F(Entities, TheItalianSampleHasTheEntitiesAReaderExpects) {
  const auto sample = shared_dir() / "samples" / "it-news-trattato.txt";
  if (shared_dir().empty() || !std::filesystem::exists(sample)) {
    GTEST_SKIP() << "STRATA_SHARED_DIR with samples/it-news-trattato.txt is not available";
  }
  const auto result = annotate(sample);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<Entity> found = entities_of(result.out);
  for (const char* person : {"Kim Jong-un", "Vladimir Putin", "Putin", "Kim"}) {
    EXPECT_GT(count(found, "PER", person), 0) << person;
  }
  for (const char* place :
       {"Corea del Nord", "Russia", "Pyongyang", "Mosca", "Ucraina", "Piazza Kim Il-sung"}) {
    EXPECT_GT(count(found, "LOC", place), 0) << place;
  }
  EXPECT_EQ(count(found, "ORG", "Russia"), 0);  // a country is a place (option countries)
  for (const char* organisation : {"KCNA", "ONU", "Nazioni Unite"}) {
    EXPECT_GT(count(found, "ORG", organisation), 0) << organisation;
  }
  bool day = false;
  bool year = false;
  for (const Entity& e : found) {
    day = day || (e.type == "DATE" && e.text == "19-06-2024" && e.when == "2024-06-19");
    year = year || (e.type == "DATE" && e.text == "1961" && e.when == "1961");
  }
  EXPECT_TRUE(day);
  EXPECT_TRUE(year);
}

// KIND's convention, on request: the model's ORG for a country that acts stays ORG.
TEST_F(Entities, CountriesInContextFollowTheModel) {
  write_file(dir_ / "it.txt",
             "La Russia non esclude una cooperazione militare. Mosca e la Russia hanno firmato.\n");
  const auto places = entities_of(annotate(dir_ / "it.txt").out);
  EXPECT_EQ(count(places, "ORG", "Russia"), 0);
  EXPECT_GT(count(places, "LOC", "Russia"), 0);
  const auto in_context = annotate(dir_ / "it.txt", {"--set", "entities.countries=context"});
  ASSERT_EQ(in_context.exit_code, 0) << in_context.err;
  const auto found = entities_of(in_context.out);
  EXPECT_EQ(count(found, "LOC", "Russia") + count(found, "ORG", "Russia"), 2);
  const auto bad = annotate(dir_ / "it.txt", {"--set", "entities.countries=nation"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("option 'countries' must be place or context, not 'nation'"),
            std::string::npos)
      << bad.err;
}

TEST_F(Entities, EnglishTextGetsRulesListsAndDates) {
  write_file(dir_ / "en.txt",
             "Dr. Amara Okafor met Ms. Rebecca Thornton in Geneva on June 21, 2024. Thornton "
             "said that Northwind Analytics Inc. agreed.\n");
  const auto result = annotate(dir_ / "en.txt", {"-l", "en"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<Entity> found = entities_of(result.out);
  EXPECT_EQ(count(found, "PER", "Amara Okafor"), 1);
  EXPECT_EQ(count(found, "PER", "Rebecca Thornton"), 1);
  EXPECT_EQ(count(found, "PER", "Thornton"), 1);
  EXPECT_EQ(count(found, "LOC", "Geneva"), 1);
  EXPECT_EQ(count(found, "ORG", "Northwind Analytics Inc."), 1);
  EXPECT_EQ(count(found, "DATE", "June 21, 2024"), 1);
}

TEST_F(Entities, OptionsChooseTypesAndConfidence) {
  write_file(dir_ / "it.txt", "Il 3 marzo 2021 Mario Rossi ha parlato a Roma.\n");
  const auto dates = annotate(dir_ / "it.txt", {"-l", "it", "--set", "entities.types=DATE"});
  ASSERT_EQ(dates.exit_code, 0) << dates.err;
  const auto only = entities_of(dates.out);
  ASSERT_EQ(only.size(), 1u);
  EXPECT_EQ(only[0].when, "2021-03-03");
  const auto sure = annotate(dir_ / "it.txt", {"-l", "it", "--set", "entities.min-confidence=1"});
  ASSERT_EQ(sure.exit_code, 0) << sure.err;
  EXPECT_TRUE(entities_of(sure.out).empty());
}

TEST_F(Entities, BadOptionsStopTheRunWithOneLine) {
  expect_setup_error({"--set", "entities.model=/nonexistent/model.bin"},
                     "option 'model': cannot read model file /nonexistent/model.bin");
  std::string model =
      read_file(source_dir() / "plugins" / "entities" / "resources" / "model-it.bin");
  ASSERT_GT(model.size(), 1000u);
  model[model.size() / 2] = static_cast<char>(~model[model.size() / 2]);
  write_file(dir_ / "corrupt.bin", model);
  expect_setup_error(
      {"--set", "entities.model=" + (dir_ / "corrupt.bin").string()},
      "option 'model': " + (dir_ / "corrupt.bin").string() + ": model file truncated or corrupt");
  write_file(dir_ / "names.txt", "PER\tZorblax Quux\nRoma capitale\n");
  expect_setup_error({"--set", "entities.gazetteer=" + (dir_ / "names.txt").string()},
                     (dir_ / "names.txt").string() + ":2: expected TYPE<TAB>name");
  expect_setup_error({"--set", "entities.types=PER,GPE"}, "unknown entity type 'GPE'");
  expect_setup_error({"--set", "entities.min-confidence=2"},
                     "option 'min-confidence' must be between 0 and 1");
}

TEST_F(Entities, ATrainedModelIsUsedWhenGiven) {
  std::string data = "-DOCSTART-\tO\n\n";
  for (int i = 0; i < 4; ++i) {
    data += "Zorblax\tB-PER\nQuux\tI-PER\nvive\tO\na\tO\nBlorpville\tB-LOC\n.\tO\n\n";
  }
  write_file(dir_ / "train.tsv", data);
  const auto model = dir_ / "my.bin";
  const auto trained = train(dir_ / "train.tsv", model);
  ASSERT_EQ(trained.exit_code, 0) << trained.err;
  EXPECT_NE(trained.err.find("second pass: epoch  2"), std::string::npos) << trained.err;
  write_file(dir_ / "a.txt", "Zorblax Quux vive a Blorpville.\n");
  const auto result = annotate(dir_ / "a.txt", {"--set", "entities.model=" + model.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto found = entities_of(result.out);
  EXPECT_EQ(count(found, "PER", "Zorblax Quux"), 1);
  EXPECT_EQ(count(found, "LOC", "Blorpville"), 1);
}

TEST_F(Entities, TrainingDataWithABadLabelNamesFileAndLine) {
  write_file(dir_ / "bad.tsv", "Mario\tB-PER\nRossi\tI-PER\n\nRoma\tB-GPE\n");
  const auto model = dir_ / "bad.bin";
  const auto result = train(dir_ / "bad.tsv", model);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find((dir_ / "bad.tsv").string() + ":4: label of unknown type 'GPE'"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(std::filesystem::exists(model));
}

TEST_F(Entities, PluginInfoShowsTheFourOptions) {
  const auto result = run_strata({"plugins", "info", "entities"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const char* option :
       {"model (string", "gazetteer (string", "types (string", "min-confidence (real"}) {
    EXPECT_NE(result.out.find(option), std::string::npos) << option << "\n" << result.out;
  }
  EXPECT_NE(result.out.find("requires:    tokens,sentences"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace strata::testing
