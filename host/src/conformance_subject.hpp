// A plugin under conformance check, with the plugins that make the layers it requires.
#pragma once

#include <string>
#include <vector>

#include "annotator_set.hpp"
#include "hard_texts.hpp"
#include "layer_dump.hpp"
#include "plugin_finder.hpp"

namespace strata::host {

// What one run of the plugin under test left: the dump of the layers it added (dump_layers), or
// the message of its failure.
struct SubjectRun {
  std::vector<std::string> dump;
  std::string error;  // "" when the plugin succeeded
  bool ok() const { return error.empty(); }
};

// The plugin under test, created for kWorkers worker threads as the host would create it, and
// the plugins found on the plugin path that produce its required layers. Their layers exist
// before the plugin runs, so they are not counted as its writes.
class ConformanceSubject {
 public:
  static constexpr unsigned kWorkers = 4;

  // Finds the plugin and, for each layer it requires, the first plugin on the path that provides
  // it (and their requirements in turn), then creates and configures them all with default
  // options. Throws SetupError (a plugin that cannot be loaded or configured, a required layer
  // that no plugin on the path provides).
  ConformanceSubject(const std::string& name_or_path, PluginFinder& finder);

  const Manifest& manifest() const { return subject_.chain().front().plugin->manifest(); }
  // The plugins run first, by name, in their order; empty if the plugin requires nothing.
  std::vector<std::string> prerequisites() const;

  // A document of `text` with the required layers made. Throws DocumentError if a prerequisite
  // plugin fails on it.
  Document prepare(const HardText& text) const;
  // Runs the plugin under test on `document` as worker `worker` (< kWorkers).
  SubjectRun run(Document& document, unsigned worker) const;

 private:
  AnnotatorSet prerequisites_;
  AnnotatorSet subject_;
};

}  // namespace strata::host
