// Reading the TEI pointers our files use: "#id" and "#string-range(id,offset,length)".
#pragma once

#include <cstddef>
#include <string_view>

namespace strata::formats {

// One whitespace-separated item of a pointer attribute (@target, @from, @to, @resp...).
struct TeiPointer {
  enum class Kind {
    external,      // not a same-document pointer (no leading '#'): not ours to check
    id,            // "#id"
    string_range,  // "#string-range(id,offset,length)", offsets in characters of id's text
    malformed,     // starts with '#' but is neither of the above
  };
  Kind kind = Kind::malformed;
  std::string_view id;  // a view of the parsed text
  std::size_t offset = 0;
  std::size_t length = 0;
};

TeiPointer parse_tei_pointer(std::string_view item);

}  // namespace strata::formats
