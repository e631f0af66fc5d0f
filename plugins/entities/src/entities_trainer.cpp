#include "entities_trainer.hpp"

#include <cstdio>
#include <string>

#include "cross_validation.hpp"
#include "dataset_features.hpp"
#include "file_digest.hpp"
#include "gazetteer_files.hpp"
#include "model_file.hpp"
#include "trainer.hpp"
#include "training_data.hpp"

namespace strata::entities {
namespace {

// The types the entities layer takes from a model; dates come from the grammar.
const TagSet& trained_types() {
  static const TagSet tags({"PER", "LOC", "ORG"});
  return tags;
}

std::string epoch_line(const EpochReport& report) {
  char line[160];
  std::snprintf(line, sizeof line, "%s: epoch %2u  train accuracy %.4f  %5.1f s",
                report.pass.c_str(), report.epoch, report.training_accuracy, report.seconds);
  std::string text = line;
  if (report.development_f1) {
    std::snprintf(line, sizeof line, "  dev F1 %.4f", *report.development_f1);
    text += line;
  }
  return report.best ? text + "  *" : text;
}

// Says so when the data has too few documents for the first pass's cross-validation in
// options.folds folds, and what is done instead (make_folds); throws as it does.
void warn_of_few_documents(const TrainingData& training, const TrainingOptions& options,
                           Logger& progress) {
  const std::vector<std::size_t> starts =
      document_starts(training.sentences, options.document_sentences);
  const Folds folds = make_folds(starts, training.sentences.size(), options.folds);
  if (starts.size() >= options.folds) return;
  const std::string documents = std::to_string(starts.size()) + " training document" +
                                (starts.size() == 1 ? "" : "s") + ", fewer than the " +
                                std::to_string(options.folds) +
                                " folds of the first pass's cross-validation (a document starts "
                                "at each file, each -DOCSTART- line and, where there are none, "
                                "every " +
                                std::to_string(options.document_sentences) + " sentences): ";
  progress.warn(documents + std::to_string(folds.count) + " folds of " +
                (folds.of_sentences ? "sentences" : "one document each") + " instead");
}

}  // namespace

void EntitiesTrainer::train(const TrainingRequest& request) {
  Logger& progress = *request.progress;
  // The model carries its lists, so lists given for training serve wherever it goes.
  Gazetteer gazetteer = load_gazetteer(context_.resource_dir);
  TrainingOptions options;
  for (const std::filesystem::path& file : request.lexicon_files) {
    add_gazetteer_file(gazetteer, file, Strength::strong);
    options.record.lexicon_files.push_back({file.filename().string(), file_sha256(file)});
  }
  options.tags = trained_types();
  options.gazetteer = &gazetteer;
  options.seed = request.seed;
  if (request.epochs > 0) options.max_epochs = static_cast<unsigned>(request.epochs);
  const auto warn = [&](std::string_view message) { progress.warn(message); };
  const TrainingData training = read_training_files(request.data_files, options.tags, warn);
  const TrainingData development = read_training_files(request.dev_files, options.tags, warn);
  options.record.languages = {request.language};
  options.record.training_files = training.files;
  options.record.development_files = development.files;
  progress.info(std::to_string(training.sentences.size()) + " training sentences, " +
                std::to_string(development.sentences.size()) + " development sentences, " +
                std::to_string(gazetteer.size()) + " names in the lists");
  if (options.two_passes) warn_of_few_documents(training, options, progress);

  const Model model =
      entities::train(training.sentences, development.sentences, options,
                      [&](const EpochReport& report) { progress.info(epoch_line(report)); });
  save_model(model, request.output);
  progress.info("kept epoch " + std::to_string(model.training.best_epoch) + " of " +
                std::to_string(model.training.epochs_run));
}

}  // namespace strata::entities
