// `strata train entities`: the tagger's model learnt from the user's CoNLL files.
#pragma once

#include "strata/annotator.hpp"
#include "strata/trainer.hpp"

namespace strata::entities {

// Trains a tagger model for PER, LOC and ORG from BIO-labelled CoNLL files with the settings of
// the shipped Italian model (TrainingOptions' defaults, the shipped lists of names), reporting
// each epoch through the request's progress logger. The same data and seed give the same file.
class EntitiesTrainer final : public Trainer {
 public:
  explicit EntitiesTrainer(const PluginContext& context) : context_(context) {}

  // Throws Error for unreadable or badly labelled data ("FILE:LINE: ...") or an unwritable
  // output.
  void train(const TrainingRequest& request) override;

 private:
  PluginContext context_;  // copied: the host's copy lives only during the constructor
};

}  // namespace strata::entities
