// Reading the data files a plugin ships beside its library.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "strata/annotator.hpp"

namespace strata {

// The whole content of `file_name` in the plugin's resource folder. Throws Error naming the full
// path if it cannot be read.
std::string read_resource(const PluginContext& context, std::string_view file_name);

// The lines of a resource file, trimmed, without blank lines and lines starting with '#'.
std::vector<std::string> read_resource_lines(const PluginContext& context,
                                             std::string_view file_name);

}  // namespace strata
