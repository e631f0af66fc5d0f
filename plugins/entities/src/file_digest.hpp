// The SHA-256 of a file, which models record for each data file they were trained on.
#pragma once

#include <filesystem>
#include <string>

namespace strata::entities {

// Lower-case hex; throws Error naming the file if it cannot be read.
std::string file_sha256(const std::filesystem::path& path);

}  // namespace strata::entities
