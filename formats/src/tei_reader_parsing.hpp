// How read_tei parses a file: chosen by its size, or (for tests) one way or the other.
#pragma once

#include <cstddef>
#include <string_view>

#include "strata/document.hpp"

namespace strata::formats {

// `tree`: parsed whole by pugixml, then read; about twice as fast as a stream, but the tree takes
// some 11 times the file. `stream`: read as libxml2 parses, keeping the text, 12 bytes a token and
// one standOff group at a time. `by_size`: a stream from kStreamTeiFrom bytes on, else a tree.
enum class TeiParsing { by_size, tree, stream };

inline constexpr std::size_t kStreamTeiFrom = std::size_t{8} << 20;

// read_tei (`strata_only` false) or read_strata_tei, parsed as `parsing` says.
Document read_tei(std::string_view xml, bool strata_only, TeiParsing parsing);

}  // namespace strata::formats
