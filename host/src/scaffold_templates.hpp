// The files `strata new-plugin` writes, as templates compiled into the program, so the command
// works the same from the build tree and from an install, with nothing to look up at run time.
#pragma once

#include <string_view>
#include <vector>

namespace strata::host {

// One file of a new plugin project: its path and content, both with @KEY@ placeholders
// (NAME, CLASS, LAYER, REQUIRED, REQUIRED_LIST) that plugin_scaffold fills in.
struct ScaffoldTemplate {
  std::string_view path;
  std::string_view content;
};

// Every file of a new project, in the order they are written and listed.
const std::vector<ScaffoldTemplate>& scaffold_templates();

}  // namespace strata::host
