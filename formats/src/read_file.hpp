// Reading a whole file, for the checker and its command-line tool.
#pragma once

#include <filesystem>
#include <string>

namespace strata::formats {

// The bytes of `file`. Throws strata::Error naming the file when it cannot be read.
std::string read_file(const std::filesystem::path& file);

}  // namespace strata::formats
