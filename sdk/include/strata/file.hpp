// Reading a whole file, the way every part of Strata needs it.
#pragma once

#include <filesystem>
#include <string>

namespace strata {

// The bytes of `file`. Throws Error naming the file and the reason (missing, a directory,
// unreadable) when it cannot be read.
std::string read_file(const std::filesystem::path& file);

}  // namespace strata
