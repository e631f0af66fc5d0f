#include "entities_trainer.hpp"

#include <gtest/gtest.h>

#include "entity_tagger.hpp"
#include "entity_test_support.hpp"
#include "gazetteer_files.hpp"
#include "model_file.hpp"
#include "strata/error.hpp"
#include "strata_process.hpp"
#include "test_support.hpp"

namespace strata::entities {
namespace {

// Keeps what the trainer reports.
class Lines final : public Logger {
 public:
  void log(LogLevel, std::string_view message) override { lines.emplace_back(message); }
  std::vector<std::string> lines;
};

constexpr std::string_view kData =
    "-DOCSTART-\tO\n\n"
    "Mario\tB-PER\nRossi\tI-PER\nvive\tO\na\tO\nRoma\tB-LOC\n.\tO\n\n"
    "La\tO\nFiat\tB-ORG\nha\tO\nsede\tO\na\tO\nTorino\tB-LOC\n.\tO\n\n"
    "Il\tO\nministro\tO\nBruni\tB-PER\nvisita\tO\nMilano\tB-LOC\n.\tO\n";

class EntitiesTraining : public ::testing::Test {
 protected:
  // Trains on `data`, writing dir_/NAME; throws what the trainer throws.
  std::filesystem::path train(std::string_view data, std::uint64_t seed = 1,
                              std::string_view name = "model.bin",
                              std::vector<std::filesystem::path> lexicons = {},
                              std::vector<std::filesystem::path> development = {}) {
    PluginContext context;
    context.resource_dir = testing::resource_dir();
    EntitiesTrainer trainer(context);
    TrainingRequest request;
    request.data_files = {dir_ / "train.tsv"};
    strata::testing::write_file(request.data_files[0], std::string(data));
    request.language = "it";
    request.output = dir_.path() / name;
    request.epochs = 3;
    request.seed = seed;
    request.progress = &progress_;
    request.lexicon_files = std::move(lexicons);
    request.dev_files = std::move(development);
    trainer.train(request);
    return request.output;
  }

  std::string error_of(std::string_view data) {
    return testing::error_of([&] { train(data); });
  }

  strata::testing::ScratchDir dir_;
  Lines progress_;
};

TEST_F(EntitiesTraining, WritesAModelThePluginLoads) {
  const auto path = train(kData);
  const auto tagger = EntityTagger::load(path);
  EXPECT_EQ(tagger->model().gazetteer.digest(), load_gazetteer(testing::resource_dir()).digest());
  EXPECT_EQ(tagger->model().tags.types(), (std::vector<std::string>{"PER", "LOC", "ORG"}));
  EXPECT_EQ(tagger->model().training.languages, std::vector<std::string>{"it"});
  EXPECT_EQ(tagger->model().training.training_files.at(0).name, "train.tsv");
  const auto annotator = testing::configured({{"model", path.string()}});
  EXPECT_NE(testing::annotate(*annotator, "Mario Rossi vive a Roma .", "it").find("PER:Mario"),
            std::string::npos);
}

TEST_F(EntitiesTraining, ReportsEachEpoch) {
  train(kData);
  std::size_t epochs = 0;
  for (const std::string& line : progress_.lines) {
    epochs += line.find(": epoch ") != std::string::npos ? 1 : 0;
  }
  // Two passes: the first cross-validated in three folds (one document of three sentences: a
  // fold each), and on the whole data, then the second, three epochs each.
  EXPECT_EQ(epochs, 5u * 3u);
  EXPECT_EQ(progress_.lines.front().find("3 training sentences, 0 development sentences"), 0u);
  EXPECT_EQ(progress_.lines.back(), "kept epoch 3 of 3");
}

// Five folds need five documents: with fewer, the trainer says what it does instead, and no
// fold trains on nothing ("train accuracy 0.0000").
TEST_F(EntitiesTraining, SaysSoWhenTooFewDocumentsForTheFolds) {
  train(kData);
  const auto warned = [&](std::string_view text) {
    for (const std::string& line : progress_.lines) {
      if (line.find(text) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(
      warned("1 training document, fewer than the 5 folds of the first pass's "
             "cross-validation"));
  EXPECT_TRUE(warned(": 3 folds of sentences instead"));
  EXPECT_FALSE(warned("fold 1 of 5"));
  EXPECT_FALSE(warned("train accuracy 0.0000"));

  progress_.lines.clear();
  std::string three_documents;
  for (int d = 0; d < 3; ++d) three_documents += std::string(kData);
  train(three_documents);
  EXPECT_TRUE(warned(": 3 folds of one document each instead"));
  EXPECT_TRUE(warned("first pass, fold 3 of 3"));
  EXPECT_EQ(error_of("-DOCSTART-\tO\n\nMario\tB-PER\n").find("two-pass training"), 0u);
}

TEST_F(EntitiesTraining, AnEmptyFileIsNamed) {
  const std::filesystem::path empty = dir_ / "dev.tsv";
  strata::testing::write_file(empty, "");
  const std::string error = testing::error_of([&] { train(kData, 1, "model.bin", {}, {empty}); });
  EXPECT_EQ(error.find(empty.string() + ": no sentences"), 0u) << error;
  EXPECT_EQ(error_of("").find((dir_ / "train.tsv").string() + ": no sentences"), 0u);
  EXPECT_EQ(error_of("-DOCSTART-\tO\n\n").find((dir_ / "train.tsv").string() + ": no sentences"),
            0u);
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "model.bin"));
}

TEST_F(EntitiesTraining, IsDeterministicForASeed) {
  const std::string first = strata::testing::read_file(train(kData, 7, "a.bin"));
  const std::string second = strata::testing::read_file(train(kData, 7, "b.bin"));
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(first, second);
}

TEST_F(EntitiesTraining, ABadLabelNamesFileAndLine) {
  const std::string file = (dir_.path() / "train.tsv").string();
  EXPECT_EQ(error_of("Mario\tB-PER\n\nRoma\tB-GPE\n"),
            file +
                ":3: label of unknown type 'GPE': expected O, B-X or I-X with X one of PER, "
                "LOC, ORG");
  EXPECT_EQ(error_of("Mario\tB-PER\nRossi\tE-PER\n").find(file + ":2: label 'E-PER'"), 0u);
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "model.bin"));
}

TEST_F(EntitiesTraining, TheModelCarriesTheLexiconsItLearnedFrom) {
  const auto lexicon = dir_.path() / "companies.txt";
  strata::testing::write_file(lexicon, "ORG Acme Widgets\nORG\tQuortex Laboratori\n");
  const auto model = load_model(train(kData, 1, "model.bin", {lexicon}));
  EXPECT_EQ(model.gazetteer.size(), load_gazetteer(testing::resource_dir()).size() + 2);
  ASSERT_EQ(model.training.lexicon_files.size(), 1u);
  EXPECT_EQ(model.training.lexicon_files[0].name, "companies.txt");
  const auto found = model.gazetteer.match(std::vector<std::string_view>{"la", "Acme", "Widgets"});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(model.gazetteer.categories()[found[0].category].type, "ORG");
}

TEST_F(EntitiesTraining, ABadLexiconLineNamesFileAndLine) {
  const auto lexicon = dir_.path() / "companies.txt";
  strata::testing::write_file(lexicon, "ORG\tAcme\nAcme Widgets\n");
  const std::string error = testing::error_of([&] { train(kData, 1, "model.bin", {lexicon}); });
  EXPECT_EQ(error.find(lexicon.string() + ":2: expected TYPE<TAB>name"), 0u) << error;
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "model.bin"));
}

}  // namespace
}  // namespace strata::entities
