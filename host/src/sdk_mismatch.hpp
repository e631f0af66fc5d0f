// Plain words for a plugin built against another SDK, also when the loader fails before the
// plugin's own version can be read: it links another major version's SDK library, or it uses
// an SDK function this strata's SDK does not have.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace strata::host {

// The refusal of a plugin built for another SDK API major version, `plugin_version` ("2.0",
// "2.x"), naming the version to rebuild it against.
std::string other_major_refusal(const std::string& plugin_version);

// The refusal of a plugin whose needed libraries (`needed`, as elf_needed_libraries gives them)
// include the SDK library of another major version (libstrata_sdk.so.N), or nothing.
std::optional<std::string> linked_sdk_refusal(const std::vector<std::string>& needed);

// The loader's message, preceded by what it means when the missing symbol is one of the SDK's:
// the plugin was built against a newer SDK than this strata's.
std::string explained_load_error(const std::string& loader_message);

}  // namespace strata::host
