// The copy of a plugin's manifest that strata_add_plugin() embeds in the plugin file, read
// without loading the plugin (see docs/architecture.md, "Manifest without loading").
#pragma once

#include <filesystem>
#include <optional>

#include "strata/manifest.hpp"

namespace strata::host {

// The ELF section holding the manifest as JSON (manifest_json.hpp); StrataEmbedManifest.cmake
// writes it under the same name.
inline constexpr const char* kManifestSection = "strata_manifest";

// The manifest embedded in `plugin`, or nothing for a file built without one. Throws SetupError
// naming the file if it is not a readable ELF file or the embedded JSON is not a manifest.
std::optional<Manifest> read_embedded_manifest(const std::filesystem::path& plugin);

}  // namespace strata::host
