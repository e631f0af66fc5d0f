// What a plugin tells the host about itself before it is used.
#pragma once

#include <string>
#include <vector>

#include "strata/options.hpp"

namespace strata {

// How the host may call a plugin's process() from its worker threads.
enum class Concurrency {
  shared,      // one instance; process() is called concurrently on different documents
  per_worker,  // one instance per worker thread; process() calls on an instance never overlap
};

// A plugin's self-description: identity, the layers it needs and makes, and its options.
struct Manifest {
  std::string name;     // set from the plugin's STRATA_PLUGIN declaration
  std::string version;  // likewise
  std::string description;
  // ISO 639-1 codes of the languages it works in, empty for any, as `plugins info` shows them.
  // Said, not enforced: the host runs the plugin on every document, whatever its language, so
  // process() decides what to do with one in another language (sentiment adds an empty layer).
  std::vector<std::string> languages;
  std::vector<std::string> required_layers;  // must exist before process() is called
  std::vector<std::string> provided_layers;  // the only layers process() may add
  std::vector<OptionSpec> options;
  Concurrency concurrency = Concurrency::shared;
};

}  // namespace strata
