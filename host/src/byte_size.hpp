// Sizes given on the command line: "2M", "512K", "1G" or a number of bytes.
#pragma once

#include <cstddef>
#include <string>

namespace strata::host {

// The number of bytes `text` names: digits, then optionally K, M or G (powers of 1024, either
// case). Throws SetupError naming `option` for anything else.
std::size_t parse_byte_size(const std::string& text, const std::string& option);

}  // namespace strata::host
