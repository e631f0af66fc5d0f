// A plugin's manifest as JSON: what `strata plugins info --format json` prints and what the build
// embeds in each plugin file, so the manifest can be read back without loading the plugin.
#pragma once

#include <string>

#include "strata/manifest.hpp"

namespace strata::host {

// The schema version written as "strata_manifest"; a reader refuses any other.
inline constexpr int kManifestSchemaVersion = 1;

// {"strata_manifest": 1, "name", "version", "description", "languages": [...],
//  "requires": [...], "provides": [...], "concurrency": "shared"|"per-worker",
//  "options": [{"name", "type", "default", "help"}]}, on one line.
std::string manifest_to_json(const Manifest& manifest);

// Reads what manifest_to_json wrote. Throws SetupError saying what is wrong with the text.
Manifest manifest_from_json(const std::string& text);

// "shared" or "per-worker", as plugins info shows it.
const char* concurrency_name(Concurrency concurrency);

}  // namespace strata::host
