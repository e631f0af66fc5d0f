// Checks that a VRT file keeps the rules of CWB's encoder, which is not a Debian package.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace strata::formats {

// The problems of one VRT file, one message each (with its line number), empty when there are
// none. Checks that every token line has the same number of TAB-separated columns and no raw
// '<' or stray '&'; every structural tag stands alone on its line, is named in lower-case ASCII
// ([a-z][a-z0-9_]*, attributes too) and has well-formed attributes; tags are balanced and close
// in the order they were opened; no element is opened inside another of the same name (CWB
// cannot store nested regions of one attribute); every <text> has a non-empty id, and tokens
// stand inside a <text>.
std::vector<std::string> check_vrt(std::string_view vrt);

}  // namespace strata::formats
