#include "tei_pointer.hpp"

#include <charconv>

namespace strata::formats {
namespace {

bool parse_count(std::string_view digits, std::size_t& value) {
  if (digits.empty()) return false;
  const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return result.ec == std::errc() && result.ptr == digits.data() + digits.size();
}

}  // namespace

TeiPointer parse_tei_pointer(std::string_view item) {
  TeiPointer pointer;
  if (!item.starts_with('#')) {
    pointer.kind = TeiPointer::Kind::external;
    return pointer;
  }
  std::string_view rest = item.substr(1);
  constexpr std::string_view kStringRange = "string-range(";
  if (rest.starts_with(kStringRange) && rest.ends_with(')')) {
    rest = rest.substr(kStringRange.size(), rest.size() - kStringRange.size() - 1);
    const std::size_t comma1 = rest.find(',');
    const std::size_t comma2 = rest.find(',', comma1 == rest.npos ? comma1 : comma1 + 1);
    if (comma1 == 0 || comma2 == rest.npos ||
        !parse_count(rest.substr(comma1 + 1, comma2 - comma1 - 1), pointer.offset) ||
        !parse_count(rest.substr(comma2 + 1), pointer.length)) {
      return pointer;
    }
    pointer.kind = TeiPointer::Kind::string_range;
    pointer.id = rest.substr(0, comma1);
    return pointer;
  }
  // Any other XPointer scheme, or an empty fragment, is nothing our files contain.
  if (rest.empty() || rest.find('(') != rest.npos) return pointer;
  pointer.kind = TeiPointer::Kind::id;
  pointer.id = rest;
  return pointer;
}

}  // namespace strata::formats
