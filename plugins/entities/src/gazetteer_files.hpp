// Loading gazetteer lists from files: those shipped in a folder, or one a user gives.
#pragma once

#include <filesystem>
#include <span>
#include <string_view>

#include "gazetteer.hpp"

namespace strata::entities {

// A gazetteer of all the files named "gazetteer-*.txt" in `folder`, read in name order. A file
// whose name ends in "-weak.txt" holds weak names, the others strong ones. Throws Error naming
// the folder if it has no such file, or naming the file and line of a bad line.
Gazetteer load_gazetteer(const std::filesystem::path& folder);

// Adds the names of one list file, read as documents are (canonicalize_list: a byte-order mark
// at its start dropped, UTF-8 checked, NFC); `types`, when not empty, are the only types it may
// hold. Throws Error naming the file if it cannot be read, or its file and line for a bad line
// or invalid UTF-8.
void add_gazetteer_file(Gazetteer& gazetteer, const std::filesystem::path& file, Strength strength,
                        std::span<const std::string_view> types = {});

}  // namespace strata::entities
