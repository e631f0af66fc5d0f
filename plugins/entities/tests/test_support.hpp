// Helpers shared by the entities tests: sentences written compactly, a small gazetteer, a tiny
// trained model.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer.hpp"
#include "labeled_sentence.hpp"
#include "model.hpp"
#include "tag_set.hpp"

namespace strata::entities::testing {

// PER, LOC, ORG, the KIND types.
const TagSet& kind_tags();

// "Mario/B-PER Rossi/I-PER vive a Roma/B-LOC": tokens split at spaces, an optional /LABEL
// (O when missing).
LabeledSentence sentence(std::string_view text, const TagSet& tags = kind_tags());

// The tokens of a sentence as views.
std::vector<std::string_view> views(const LabeledSentence& sentence);

// A few LOC, ORG and FIRSTNAME names.
const Gazetteer& small_gazetteer();

// A small made-up training set over PER, LOC and ORG that a perceptron learns exactly.
std::vector<LabeledSentence> toy_corpus();

// A model trained on toy_corpus() with small_gazetteer(), 2^16 buckets, a fixed seed.
const Model& toy_model();

// The plugin's resource folder in the source tree.
std::filesystem::path resource_dir();

// STRATA_SHARED_DIR, or "" when the variable is not set.
std::filesystem::path shared_dir();

}  // namespace strata::entities::testing
