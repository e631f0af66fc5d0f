// The chain's annotators, created and configured, ready to process documents.
#pragma once

#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

#include "chain.hpp"
#include "logging.hpp"
#include "strata/document.hpp"

namespace strata::host {

// A document that a plugin failed on; the message names the plugin.
class DocumentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The annotators of a chain for a number of worker threads: one instance of each
// Concurrency::shared plugin, one per worker of each Concurrency::per_worker plugin.
class AnnotatorSet {
 public:
  // Creates and configures every instance. Throws SetupError with the plugin's message.
  AnnotatorSet(std::vector<ChainStep> chain, unsigned workers);

  // Runs the chain on `document` from worker `worker`, letting each plugin add only the layers
  // it declares. A plugin one of whose layers the document already has (read from JSON or TEI)
  // is skipped with a warning; its other declared layers are added empty. Throws DocumentError
  // naming the plugin that failed or whose required layer is missing. `before_step`, when set, is
  // called with each step's index before it runs and with the chain's size after the last.
  void annotate(Document& document, unsigned worker,
                const std::function<void(std::size_t step)>& before_step = {}) const;

  const std::vector<ChainStep>& chain() const { return chain_; }

 private:
  Annotator& instance(std::size_t step, unsigned worker) const;

  std::vector<ChainStep> chain_;
  // Declared before the annotators so that they outlive them.
  std::vector<std::unique_ptr<PluginLogger>> loggers_;
  std::vector<std::vector<AnnotatorHandle>> instances_;  // per step: one, or one per worker
};

}  // namespace strata::host
