// What a manifest must get right for the host to use the plugin at all. A plugin that breaks one
// of these rules is refused when it is loaded, in one line, instead of failing every document
// or leaving an option that can never be set.
#pragma once

#include <optional>
#include <string>

#include "strata/manifest.hpp"

namespace strata::host {

// Whether `name` is a valid plugin name: [a-z][a-z0-9_-]*, at most 64 characters, as
// `strata new-plugin` and strata_add_plugin() require.
bool is_valid_plugin_name(const std::string& name);

// The first rule `manifest` breaks, or nothing: a valid plugin name; valid layer names, each
// provided once; no layer both required and provided; option names that are not empty, have
// no space, '=' or '#' (a chain file or --set could not name them), are given once and have a
// default of their type (without one, no chain could use the plugin).
std::optional<std::string> manifest_defect(const Manifest& manifest);

}  // namespace strata::host
