// Reading the CoNLL files a training run names, with the record a model keeps of them.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

#include "labeled_sentence.hpp"
#include "model.hpp"
#include "tag_set.hpp"

namespace strata::entities {

// The sentences of several files, in order, and a record (name, SHA-256) of each file.
struct TrainingData {
  std::vector<LabeledSentence> sentences;
  std::vector<DataFileRecord> files;
};

// Reads the files with read_conll_file; each warning (repaired labels) goes to `warn`. The
// first sentence of each file starts a document. Throws Error as read_conll_file does, and
// "FILE: no sentences" for a file that holds none.
TrainingData read_training_files(const std::vector<std::filesystem::path>& paths,
                                 const TagSet& tags,
                                 const std::function<void(std::string_view)>& warn);

}  // namespace strata::entities
