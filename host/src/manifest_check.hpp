// Whether a plugin's manifest says everything a user and the host need.
#pragma once

#include <string>
#include <vector>

#include "strata/manifest.hpp"

namespace strata::host {

// What is missing or wrong in `manifest`, one line each; empty when it is complete: a version
// and a description, at least one provided layer, valid and distinct layer names, no layer both
// required and provided, language codes of two or three lower-case letters, and options with
// help text and a default of their type.
std::vector<std::string> manifest_problems(const Manifest& manifest);

}  // namespace strata::host
