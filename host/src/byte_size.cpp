#include "byte_size.hpp"

#include <cctype>
#include <charconv>
#include <limits>

#include "setup_error.hpp"

namespace strata::host {

std::size_t parse_byte_size(const std::string& text, const std::string& option) {
  const auto refuse = [&] {
    return SetupError(option + " takes a size such as 2M, 512K, 1G or a number of bytes, not '" +
                      text + "'");
  };
  std::size_t number = 0;
  const char* end = text.data() + text.size();
  const auto [rest, error] = std::from_chars(text.data(), end, number);
  if (error != std::errc() || rest == text.data()) throw refuse();
  unsigned shift = 0;
  if (rest != end) {
    if (rest + 1 != end) throw refuse();
    switch (std::toupper(static_cast<unsigned char>(*rest))) {
      case 'K':
        shift = 10;
        break;
      case 'M':
        shift = 20;
        break;
      case 'G':
        shift = 30;
        break;
      default:
        throw refuse();
    }
  }
  if (number > (std::numeric_limits<std::size_t>::max() >> shift)) throw refuse();
  return number << shift;
}

}  // namespace strata::host
