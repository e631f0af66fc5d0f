// The annotator of the sentiment plugin: the polarity of each sentence and of the document.
#pragma once

#include "entity_targets.hpp"
#include "labels.hpp"
#include "sentiment_workspace.hpp"
#include "strata/annotator.hpp"
#include "strata/manifest.hpp"
#include "strata/workspace_pool.hpp"
#include "word_lists.hpp"

namespace strata::sentiment {

// Writes the sentiment layer: one annotation per sentence and one over the whole text, typed
// positive, neutral or negative, with VADER's compound score and word proportions. The word
// lists are read by the constructor and configure(); process() only reads them, so one
// instance serves all worker threads.
class SentimentAnnotator final : public Annotator {
 public:
  static constexpr const char* kName = "sentiment";
  static constexpr const char* kVersion = "0.1.0";
  static Manifest manifest();

  explicit SentimentAnnotator(const PluginContext& context);

  // Throws Error (one line, naming the option) for a bad value or an unreadable lexicon.
  void configure(const Options& options) override;
  void process(Document& document) override;

 private:
  // The entity-sentiment layer: one annotation per target, over its first mention.
  void write_targets(std::span<const TargetSentiment> targets, Document& document) const;
  const WordLists* lists_for(std::string_view language) const;

  PluginContext context_;
  WordLists italian_;
  WordLists english_;
  bool italian_on_ = true;  // the languages option
  bool english_on_ = true;
  Thresholds thresholds_;
  WorkspacePool<SentimentWorkspace> workspaces_;
};

}  // namespace strata::sentiment
