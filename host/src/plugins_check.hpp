// strata plugins check NAME|PATH: the conformance checks, run on one plugin.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "conformance.hpp"

namespace strata::host {

// Checks the plugin and prints one line per result to `out`:
//   PASS  CHECK  detail
//   FAIL  CHECK  [TEXT]  what was wrong       (no [TEXT] for the manifest)
//   SKIP  CHECK  why
// then a summary line. The plugins that make its required layers are looked for first in the
// plugin's own folder (when given by path), then in `plugin_paths` and the usual folders.
// Returns kSuccess, or kSomeDocumentsFailed if a check failed; throws SetupError for a plugin
// that cannot be loaded or set up.
int check_plugin(const std::string& name_or_path, const std::vector<std::string>& plugin_paths,
                 std::ostream& out);

// One result as check_plugin prints it, without the line end.
std::string result_line(const CheckResult& result);

}  // namespace strata::host
