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

// The lines of a resource file, trimmed, without blank lines and lines starting with '#', the
// text canonical as a document's is (canonicalize_list: no byte-order mark, NFC). Throws Error
// naming the file and line of invalid UTF-8 or a control character.
std::vector<std::string> read_resource_lines(const PluginContext& context,
                                             std::string_view file_name);

}  // namespace strata
