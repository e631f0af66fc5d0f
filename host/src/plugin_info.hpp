// strata plugins info: what one plugin declares, from the loaded plugin or, when it cannot be
// loaded, from the manifest embedded in its file.
#pragma once

#include <string>
#include <vector>

#include "plugin_finder.hpp"

namespace strata::host {

// "a,b,c", or `if_empty`: how plugins list and info write lists of layers and languages.
std::string listed(const std::vector<std::string>& items, const char* if_empty = "-");

// How plugins info writes a manifest: for people, or as the JSON of manifest_json.hpp (what the
// build embeds in each plugin).
enum class InfoFormat { text, json };

// "text" or "json"; throws SetupError for anything else.
InfoFormat info_format_named(const std::string& name);

// Prints the manifest of the plugin with this name or path and returns kSuccess. If the plugin
// does not load, prints the manifest embedded in its file instead, marked as not loaded, with the
// loader's reason, and returns kSetupFailed. Throws PluginError if there is no such file or it
// has no embedded manifest; SetupError if the file is corrupt.
int describe_plugin(PluginFinder& finder, const std::string& name_or_path, InfoFormat format);

}  // namespace strata::host
