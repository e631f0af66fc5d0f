// How read_tei parses a file: chosen by its size, or (for tests) one way or the other.
#pragma once

#include <cstddef>
#include <string_view>

#include "strata/document.hpp"

namespace strata::formats {

// `tree`: parsed whole by pugixml, then read; for a corpus of small files some 1.6 times fewer
// instructions than a stream, but the tree takes some 11 times the file. `stream`: read as
// libxml2 parses, keeping the text, 12 bytes a token (and 12 a lemma, pos, msd or norm
// attribute, each distinct value once) and, when the header and text come first as
// Strata writes them, one standOff group at a time. `by_size`: a stream from kStreamTeiFrom
// bytes on, else a tree.
enum class TeiParsing { by_size, tree, stream };

inline constexpr std::size_t kStreamTeiFrom = 8'000'000;  // 8 MB

// read_tei (`strata_only` false) or read_strata_tei, parsed as `parsing` says.
Document read_tei(std::string_view xml, bool strata_only, TeiParsing parsing);

}  // namespace strata::formats
