// A trained entity tagger: its tags, weights, calibration, and how it was trained.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "confidence.hpp"
#include "gazetteer.hpp"
#include "huge_page_allocator.hpp"
#include "tag_set.hpp"
#include "weights.hpp"

namespace strata::entities {

// A data file a model was trained or selected on: its name (without folders, so the record is
// the same on any machine) and the SHA-256 of its bytes.
struct DataFileRecord {
  std::string name;
  std::string sha256;  // lower-case hex
  friend bool operator==(const DataFileRecord&, const DataFileRecord&) = default;
};

// How a model was made: enough to make it again, and nothing (dates, paths, host names) that
// would differ between two runs of the same training.
struct TrainingRecord {
  std::vector<std::string> languages;
  std::vector<DataFileRecord> training_files;
  std::vector<DataFileRecord> development_files;
  std::vector<DataFileRecord> lexicon_files;  // name lists added to the shipped ones
  std::uint64_t seed = 0;
  std::uint32_t epochs_run = 0;  // of the final pass
  std::uint32_t best_epoch = 0;  // the final pass's epoch whose weights the model keeps
  std::uint32_t folds = 0;       // two passes: the cross-validation folds of the first
  std::uint64_t training_sentences = 0;
  std::uint64_t training_tokens = 0;
  std::uint32_t document_sentences = 0;  // see TrainingOptions
  std::uint64_t gazetteer_digest = 0;    // Gazetteer::digest() of the lists it was trained with
  std::uint64_t gazetteer_names = 0;
  double development_f1 = 0.0;  // exact-span micro F1 on the development data, if any
  friend bool operator==(const TrainingRecord&, const TrainingRecord&) = default;
};

// Everything an EntityTagger needs.
struct Model {
  TagSet tags;
  std::uint64_t feature_set_hash = 0;  // feature_set_hash() of the code that trained it
  // With two passes, the first tags a whole document and the second, which makes the final
  // tags, also sees how the first tagged each word across the document.
  std::optional<Weights> first_pass;
  Weights weights;  // the pass that makes the final tags
  // Loaded for tagging (RowLayout::paired), a two-pass model's emission rows go straight into
  // PairedEmission's layout here, and the passes' own emission tables stay empty: the two
  // tables and their copy side by side were twice the memory a tagger keeps, at start-up.
  HugePageVector<std::int16_t> paired_rows;
  ConfidenceCalibration calibration;
  // The lists of names the gazetteer features were computed from in training, carried along
  // so that the features mean at tagging time what they meant then.
  Gazetteer gazetteer;
  TrainingRecord training;
};

}  // namespace strata::entities
