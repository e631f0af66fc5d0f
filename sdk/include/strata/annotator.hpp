// The interface every annotator plugin implements.
#pragma once

#include <filesystem>

#include "strata/document.hpp"
#include "strata/logger.hpp"
#include "strata/options.hpp"

namespace strata {

// What the host gives a plugin when it creates an annotator. The struct itself lives only during
// that call: keep a copy, not a reference (the logger it points to lives as long as the plugin).
struct PluginContext {
  Logger* logger = nullptr;            // never null when given by the host
  std::filesystem::path resource_dir;  // the folder of the plugin's resource files
};

// Adds layers to documents. The host calls configure() once, before any document, then
// process() for each document. With Concurrency::shared, process() runs on several threads at
// once, so everything it reads must be fixed by the end of configure().
class Annotator {
 public:
  virtual ~Annotator();
  // Receives every declared option, type-checked, defaults filled in. Throw Error for a value
  // that is well-typed but unusable (say what is wrong with it).
  virtual void configure(const Options& options) = 0;
  // Adds the plugin's layers to `document`. An exception fails this document only.
  virtual void process(Document& document) = 0;
};

}  // namespace strata
