// Integers written as decimal text without a std::string each, for the writers.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace strata::formats {

// Room for any 64-bit integer in decimal, sign included.
inline constexpr std::size_t kDecimalSize = 24;

// `value` in decimal, written into `buffer`; a view of it.
template <typename Integer>
std::string_view decimal(Integer value, char (&buffer)[kDecimalSize]) {
  const char* end = std::to_chars(buffer, buffer + kDecimalSize, value).ptr;
  return {buffer, static_cast<std::size_t>(end - buffer)};
}

// Appends `value` in decimal to `out`.
template <typename Integer>
void append_decimal(std::string& out, Integer value) {
  char buffer[kDecimalSize];
  out += decimal(value, buffer);
}

}  // namespace strata::formats
