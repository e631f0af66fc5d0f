// Reading a string the caller owns as a stream.
#pragma once

#include <streambuf>
#include <string_view>

namespace strata::host {

// A stream buffer over a string that lives longer than it: unlike std::istringstream, the
// string is not copied. Read only.
class StringSource : public std::streambuf {
 public:
  explicit StringSource(std::string_view text) {
    // The get area only reads; nothing is ever put back into it.
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

}  // namespace strata::host
