// The interface of a plugin that can train its own model (strata train NAME ...).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "strata/logger.hpp"

namespace strata {

// What `strata train` asks for: data to learn from, the language, and where to write the model.
struct TrainingRequest {
  std::vector<std::filesystem::path> data_files;  // training data, in the plugin's input format
  std::vector<std::filesystem::path> dev_files;   // optional held-out data for model selection
  std::string language;                           // ISO 639 code of the data
  std::filesystem::path output;                   // the model file to write
  int epochs = 0;                                 // 0: the plugin's default
  std::uint64_t seed = 1;                         // training is deterministic for a seed
  Logger* progress = nullptr;                     // never null when given by the host
  // Since API 1.2: word or name lists the model should learn from and carry (the entities
  // plugin: TYPE<TAB>name gazetteers). The host gives none to a plugin built before 1.2.
  std::vector<std::filesystem::path> lexicon_files;
};

// Trains a model from data and writes it where the request says. Throw Error for bad data
// (naming file and line) or an unwritable output.
class Trainer {
 public:
  virtual ~Trainer();
  virtual void train(const TrainingRequest& request) = 0;
};

}  // namespace strata
