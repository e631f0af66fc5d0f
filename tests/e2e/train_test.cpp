// strata train: a plugin's trainer gets the data, and the model appears whole or not at all.
#include <gtest/gtest.h>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

class Train : public ::testing::Test {
 protected:
  ProcessResult train(const std::vector<std::string>& more) {
    std::vector<std::string> arguments = {"train", "--plugin-path", fixture_plugin_dir().string()};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return run_strata(arguments);
  }
  ScratchDir dir_;
};

TEST_F(Train, WritesTheModelAndReportsProgress) {
  write_file(dir_ / "a.tsv", "one\ntwo\n");
  write_file(dir_ / "b.tsv", "three\n");
  const auto model = dir_ / "models" / "counter.model";
  std::filesystem::create_directories(model.parent_path());
  const auto result =
      train({"counter", "--data", (dir_ / "a.tsv").string(), (dir_ / "b.tsv").string(), "--lang",
             "it", "-o", model.string(), "--seed", "7"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(read_file(model), "it lines=3 seed=7\n");
  EXPECT_NE(result.err.find("strata: info: [counter] read b.tsv"), std::string::npos) << result.err;
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(model.parent_path()), {}), 1);
}

TEST_F(Train, LexiconsReachTheTrainer) {
  write_file(dir_ / "a.tsv", "one\n");
  write_file(dir_ / "names.txt", "ORG Acme\n");
  const auto model = dir_ / "counter.model";
  const auto result = train({"counter", "--data", (dir_ / "a.tsv").string(), "--lexicon",
                             (dir_ / "names.txt").string(), "--lang", "it", "-o", model.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(read_file(model), "it lines=1 seed=1 lexicon=names.txt\n");
  const auto missing = train({"counter", "--data", (dir_ / "a.tsv").string(), "--lexicon",
                              (dir_ / "none.txt").string(), "--lang", "it", "-o", model.string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("lexicon file not found: " + (dir_ / "none.txt").string()),
            std::string::npos)
      << missing.err;
}

TEST_F(Train, BadDataFailsWithoutWritingAModel) {
  write_file(dir_ / "a.tsv", "one\nBAD\n");
  const auto model = dir_ / "counter.model";
  const auto result =
      train({"counter", "--data", (dir_ / "a.tsv").string(), "--lang", "it", "-o", model.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("strata: error: training failed: " + (dir_ / "a.tsv").string() +
                            ":2: bad line"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(std::filesystem::exists(model));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_.path()), {}), 1);
}

TEST_F(Train, PluginsWithoutATrainerAreRefused) {
  write_file(dir_ / "a.tsv", "one\n");
  for (const std::string plugin : {"thrower", "legacy"}) {
    const auto result = train(
        {plugin, "--data", (dir_ / "a.tsv").string(), "--lang", "it", "-o", (dir_ / "m").string()});
    EXPECT_EQ(result.exit_code, 2) << plugin;
    EXPECT_NE(result.err.find("plugin '" + plugin + "' cannot be trained"), std::string::npos)
        << result.err;
  }
}

TEST_F(Train, MissingArgumentsAreUsageErrors) {
  EXPECT_EQ(train({"counter"}).exit_code, 2);
  const auto missing = train({"counter", "--data", (dir_ / "none.tsv").string(), "--lang", "it",
                              "-o", (dir_ / "m").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("data file not found"), std::string::npos) << missing.err;
}

// Said before training, which may take hours, not after it.
TEST_F(Train, AModelThatCannotBeWrittenIsRefusedBeforeTraining) {
  write_file(dir_ / "a.tsv", "one\n");
  const auto with_output = [&](const std::filesystem::path& model) {
    return train(
        {"counter", "--data", (dir_ / "a.tsv").string(), "--lang", "it", "-o", model.string()});
  };
  const auto no_folder = with_output(dir_ / "nodir" / "m");
  EXPECT_EQ(no_folder.exit_code, 2);
  EXPECT_EQ(no_folder.err, "strata: error: the model's folder does not exist: " +
                               (dir_ / "nodir").string() + "\n");
  const auto folder = with_output(dir_.path());
  EXPECT_EQ(folder.exit_code, 2);
  EXPECT_EQ(folder.err, "strata: error: -o names a folder: " + dir_.path().string() +
                            "; give the model file to write\n");
  const auto data_folder = train(
      {"counter", "--data", dir_.path().string(), "--lang", "it", "-o", (dir_ / "m").string()});
  EXPECT_EQ(data_folder.exit_code, 2);
  EXPECT_EQ(data_folder.err,
            "strata: error: data file is a folder: " + dir_.path().string() + "\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_.path()), {}), 1);  // a.tsv
}

// "--epochs 0" would be the plugin's default in disguise, and "--seed -5" 2^64 - 5: both are
// refused, naming the option, before the trainer starts.
TEST_F(Train, EpochsAndSeedAreWholeNumbersWithinRange) {
  write_file(dir_ / "a.tsv", "one\n");
  const auto model = dir_ / "counter.model";
  const auto run = [&](const std::string& option, const std::string& value) {
    return train({"counter", "--data", (dir_ / "a.tsv").string(), "--lang", "it", "-o",
                  model.string(), option, value});
  };
  const auto no_epochs = run("--epochs", "0");
  EXPECT_EQ(no_epochs.exit_code, 2);
  EXPECT_NE(no_epochs.err.find("--epochs must be a whole number of at least 1"), std::string::npos)
      << no_epochs.err;
  const auto negative = run("--seed", "-5");
  EXPECT_EQ(negative.exit_code, 2);
  EXPECT_NE(negative.err.find("--seed must be a whole number from 0 to 18446744073709551615, "
                              "not '-5'"),
            std::string::npos)
      << negative.err;
  EXPECT_EQ(run("--seed", "1.5").exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(model));
  const auto largest = run("--seed", "18446744073709551615");
  ASSERT_EQ(largest.exit_code, 0) << largest.err;
  EXPECT_EQ(read_file(model), "it lines=1 seed=18446744073709551615\n");
  EXPECT_EQ(run("--epochs", "2").exit_code, 0);
}

TEST(LegacyPlugin, BuiltForApi10StillLoadsAndRuns) {
  ScratchDir dir;
  write_file(dir / "a.txt", "text\n");
  const auto result = run_strata({"annotate", (dir / "a.txt").string(), "-p", "legacy",
                                  "--plugin-path", fixture_plugin_dir().string(), "-f", "json"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"quiet\""), std::string::npos) << result.out;
}

}  // namespace
}  // namespace strata::testing
