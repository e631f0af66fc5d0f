#include "embedded_manifest.hpp"

#include "elf_file.hpp"
#include "manifest_json.hpp"
#include "setup_error.hpp"

namespace strata::host {

std::optional<Manifest> read_embedded_manifest(const std::filesystem::path& plugin) {
  const auto json = read_elf_section(plugin, kManifestSection);
  if (!json) return std::nullopt;
  try {
    return manifest_from_json(*json);
  } catch (const SetupError& e) {
    throw SetupError(plugin.string() + ": section " + kManifestSection + ": " + e.what());
  }
}

}  // namespace strata::host
