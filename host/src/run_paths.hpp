// Comparing the places a command names: the same file or folder may be named in many ways.
#pragma once

#include <filesystem>
#include <string>

namespace strata::host {

// The file or folder `path` names, absolute, with links and ".." resolved as far as it exists:
// the few places a run names are compared as what they are, and no document's path needs a
// system call.
std::string resolved_path(const std::filesystem::path& path);

// Whether the resolved path `inner` is `outer` or lies below it.
bool is_within(const std::string& inner, const std::string& outer);

// `inner` relative to `outer`, which holds it (is_within): "" for the same place.
std::string path_below(const std::string& inner, const std::string& outer);

}  // namespace strata::host
