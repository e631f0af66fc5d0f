// strata train: let a plugin learn its model from data.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <optional>

#include "command_line.hpp"
#include "commands.hpp"
#include "logging.hpp"
#include "plugin_finder.hpp"
#include "setup_error.hpp"
#include "written_inputs.hpp"

namespace po = boost::program_options;

namespace strata::host {
namespace {

struct TrainArguments {
  std::string plugin;
  std::vector<std::string> data;
  std::vector<std::string> dev;
  std::vector<std::string> lexicons;
  std::string language;
  std::string output;
  // As written, checked by check(): boost would take "--seed -5" as 2^64 - 5, and "--epochs 0"
  // could not be told from no --epochs.
  std::string epochs;
  std::string seed = "1";
  std::vector<std::string> plugin_paths;
};

// `text` as a whole number without sign, or nothing.
std::optional<std::uint64_t> whole_number(const std::string& text) {
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

// The epochs asked for: 0 for the plugin's default, when none are.
int epochs_of(const TrainArguments& a) {
  if (a.epochs.empty()) return 0;
  const std::optional<std::uint64_t> epochs = whole_number(a.epochs);
  if (!epochs || *epochs < 1 || *epochs > std::numeric_limits<int>::max()) {
    throw SetupError(
        "--epochs must be a whole number of at least 1 (leave it out for the "
        "plugin's default), not '" +
        a.epochs + "'");
  }
  return static_cast<int>(*epochs);
}

std::uint64_t seed_of(const TrainArguments& a) {
  const std::optional<std::uint64_t> seed = whole_number(a.seed);
  if (!seed) {
    throw SetupError("--seed must be a whole number from 0 to " +
                     std::to_string(std::numeric_limits<std::uint64_t>::max()) + ", not '" +
                     a.seed + "'");
  }
  return *seed;
}

po::options_description train_options(TrainArguments& a) {
  po::options_description options("strata train NAME|PATH --data FILE... --lang L -o MODEL");
  // clang-format off
  options.add_options()
      ("help,h", "show this help")
      ("data", po::value(&a.data)->multitoken()->composing(), "training data files")
      ("dev", po::value(&a.dev)->multitoken()->composing(), "held-out data for model selection")
      ("lexicon", po::value(&a.lexicons)->multitoken()->composing(),
       "word or name lists the model learns from and carries (entities: TYPE<TAB>name lines)")
      ("lang,l", po::value(&a.language), "language of the data (it, en, ...)")
      ("output,o", po::value(&a.output), "the model file to write")
      ("epochs", po::value(&a.epochs), "training epochs, at least 1 (default: the plugin's)")
      ("seed", po::value(&a.seed), "random seed, a whole number from 0 (default 1); the same "
       "seed gives the same model")
      ("plugin-path", po::value(&a.plugin_paths)->composing(), "extra plugin directory");
  // clang-format on
  return options;
}

// Before training, which may take hours: said at the end, a model that cannot be written is
// that time lost.
void check_model_can_be_written(const std::string& output) {
  const std::filesystem::path model(output);
  if (std::filesystem::is_directory(model)) {
    throw SetupError("-o names a folder: " + output + "; give the model file to write");
  }
  const std::filesystem::path folder = model.parent_path().empty() ? "." : model.parent_path();
  if (!std::filesystem::is_directory(folder)) {
    throw SetupError("the model's folder does not exist: " + folder.string());
  }
  const auto probe =
      folder / ("." + model.filename().string() + ".probe-" + std::to_string(::getpid()));
  if (!std::ofstream(probe)) {
    throw SetupError("cannot write the model file in " + folder.string());
  }
  std::error_code ignored;
  std::filesystem::remove(probe, ignored);
}

void check(const TrainArguments& a) {
  if (a.plugin.empty()) throw SetupError("name the plugin to train");
  if (a.data.empty()) throw SetupError("give training data with --data FILE...");
  if (a.language.empty()) throw SetupError("give the data's language with --lang");
  if (a.output.empty()) throw SetupError("give the model file to write with -o");
  epochs_of(a);
  seed_of(a);
  for (const auto& [files, what] :
       {std::pair{&a.data, "data"}, std::pair{&a.dev, "dev"}, std::pair{&a.lexicons, "lexicon"}}) {
    for (const auto& file : *files) {
      if (std::filesystem::is_directory(file)) {
        throw SetupError(std::string(what) + " file is a folder: " + file);
      }
      if (!std::filesystem::is_regular_file(file)) {
        throw SetupError(std::string(what) + " file not found: " + file);
      }
    }
    check_output_is_not_an_input(a.output, *files);
  }
  check_model_can_be_written(a.output);
}

int train(const TrainArguments& a) {
  spdlog::set_level(spdlog::level::info);  // progress per epoch is the point of the command
  PluginFinder finder(PluginFinder::search_folders(a.plugin_paths));
  const auto plugin = finder.find(a.plugin);
  PluginLogger progress(plugin->manifest().name);
  const PluginContext context{&progress, plugin->resource_dir()};
  if (!a.lexicons.empty() && plugin->api_minor() < 2) {
    throw SetupError("plugin '" + plugin->manifest().name + "' was built with SDK 1." +
                     std::to_string(plugin->api_minor()) +
                     ", which knows no --lexicon; rebuild it with this SDK");
  }
  const auto trainer = plugin->create_trainer(context);

  // The model appears whole or not at all: written under a temporary name, then renamed.
  const std::filesystem::path output(a.output);
  const auto temporary = output.parent_path() /
                         ("." + output.filename().string() + ".tmp-" + std::to_string(::getpid()));
  TrainingRequest request{{a.data.begin(), a.data.end()},
                          {a.dev.begin(), a.dev.end()},
                          a.language,
                          temporary,
                          epochs_of(a),
                          seed_of(a),
                          &progress,
                          {a.lexicons.begin(), a.lexicons.end()}};
  try {
    trainer->train(request);
    std::filesystem::rename(temporary, output);
  } catch (const std::exception& e) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    spdlog::error("training failed: {}", e.what());
    return kSomeDocumentsFailed;
  }
  spdlog::info("model written to {}", output.string());
  return kSuccess;
}

}  // namespace

int run_train(const std::vector<std::string>& arguments) {
  TrainArguments a;
  CommandLine line{"train", train_options(a)};
  line.hidden.add_options()("plugin", po::value(&a.plugin), "plugin");
  line.positional.add("plugin", 1);
  return run_command(arguments, line, [&a] {
    check(a);
    return train(a);
  });
}

}  // namespace strata::host
