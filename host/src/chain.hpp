// A chain of plugins made ready to run: found, option-checked and ordered by their contracts.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "chain_file.hpp"
#include "plugin_finder.hpp"
#include "strata/options.hpp"

namespace strata::host {

// One plugin of a ready chain, with every declared option set.
struct ChainStep {
  std::shared_ptr<const PluginLibrary> plugin;
  Options options;
  // Where each option given was set ("chain.ini:12", "--set"), for the plugin's refusals.
  std::vector<std::pair<std::string, std::string>> option_origins;
};

// Names of installed plugins that provide a layer, for error messages.
using ProviderLookup = std::function<std::vector<std::string>(const std::string& layer)>;

// Orders the plugins so every required layer is produced by an earlier one, keeping the given
// order where the contracts allow. Returns positions into `manifests`. Throws SetupError naming
// the plugin, the missing layer and the installed plugins that provide it, unless
// `inputs_have_layers` (JSON or TEI inputs): then such a layer is expected from each document,
// and AnnotatorSet checks that it is there.
std::vector<std::size_t> order_by_contracts(const std::vector<const Manifest*>& manifests,
                                            const ProviderLookup& installed_providers,
                                            bool inputs_have_layers = false);

// Every option the manifest declares: the default, overridden by the settings in order. Throws
// SetupError naming the setting's origin for an unknown option or a value of the wrong type.
Options resolve_options(const Manifest& manifest, const std::vector<OptionSetting>& settings);

// Finds the named plugins, checks the settings against their manifests and orders them.
std::vector<ChainStep> build_chain(const std::vector<std::string>& plugin_names,
                                   const std::vector<OptionSetting>& settings, PluginFinder& finder,
                                   bool inputs_have_layers = false);

// The same for the plugins and settings of `chain`; a problem of its plugin list (a plugin that
// cannot be found or loaded, one listed twice, two providers of a layer, a cycle) is said at the
// chain file's line that lists them.
std::vector<ChainStep> build_chain(const ChainFile& chain, PluginFinder& finder,
                                   bool inputs_have_layers = false);

// The built-in annotators, in their natural order; the default chain is those installed.
const std::vector<std::string>& builtin_plugin_names();

// The chain used when none is given: the built-in plugins found in the finder's folders, in
// their natural order. Throws SetupError if none is installed.
std::vector<std::string> default_chain(const PluginFinder& finder);

}  // namespace strata::host
