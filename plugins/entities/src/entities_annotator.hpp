// The annotator of the entities plugin: PER, LOC, ORG and DATE in Italian and English.
#pragma once

#include <memory>

#include "strata/annotator.hpp"
#include "strata/manifest.hpp"

namespace strata::entities {

// Writes the entities layer from the tagger (the Italian model, or the user's for every
// language), the lists of names, the date grammar, the English rules and document-level
// consistency (entity_finder.hpp). configure() loads all of it; process() only reads it and
// borrows a workspace per call, so one instance serves all worker threads.
class EntitiesAnnotator final : public Annotator {
 public:
  static constexpr const char* kName = "entities";
  static constexpr const char* kVersion = "1.0.0";
  static Manifest manifest();

  explicit EntitiesAnnotator(const PluginContext& context);
  ~EntitiesAnnotator() override;

  // Throws Error (one line) for a bad option value, or a model or list that cannot be used.
  void configure(const Options& options) override;
  void process(Document& document) override;

 private:
  struct Setup;  // what configure() loads
  PluginContext context_;
  std::unique_ptr<Setup> setup_;
};

}  // namespace strata::entities
