// SHA-256 of a text, as the TEI header records it and the checker verifies it.
#pragma once

#include <string>
#include <string_view>

namespace strata::formats {

// The SHA-256 digest of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace strata::formats
