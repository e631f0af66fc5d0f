#include "short_decimal.hpp"

#include <cmath>
#include <cstdint>

namespace strata::formats {
namespace {

std::size_t digit_count(std::uint64_t n) {
  std::size_t count = 1;
  while (n >= 10) {
    n /= 10;
    ++count;
  }
  return count;
}

}  // namespace

std::optional<std::string_view> short_decimal(double value, char (&buffer)[kShortDecimalSize]) {
  constexpr double kScale = 10000.0;  // four places
  const double magnitude = std::fabs(value);
  if (!(magnitude >= 1e-3 && magnitude < 1e6)) return std::nullopt;  // NaN too
  const double scaled = std::nearbyint(magnitude * kScale);
  // Both the quotient and the parsing of the decimal give the double nearest to scaled / 10^4,
  // so when they agree the decimal reads back as `value`. It is also the shortest that does:
  // another decimal as near would have to lie within an ulp of it, under 10^-9 here, so it
  // would have more places, not fewer.
  if (scaled / kScale != magnitude) return std::nullopt;
  const auto units = static_cast<std::uint64_t>(scaled);
  const std::uint64_t whole = units / 10000;
  std::uint64_t fraction = units % 10000;
  std::size_t places = 4;
  while (places > 0 && fraction % 10 == 0) {
    fraction /= 10;
    --places;
  }
  // to_chars takes scientific notation where it is shorter ("1e+05"); the exponent has two
  // digits in this range, and a tie goes to fixed notation.
  std::uint64_t significant = units;
  while (significant % 10 == 0) significant /= 10;
  const std::size_t digits = digit_count(significant);
  const std::size_t scientific = digits + (digits > 1 ? 1 : 0) + 4;
  const std::size_t fixed = digit_count(whole) + (places > 0 ? places + 1 : 0);
  if (fixed > scientific) return std::nullopt;

  char* to = buffer;
  if (value < 0) *to++ = '-';
  const std::size_t whole_digits = digit_count(whole);
  std::uint64_t rest = whole;
  for (std::size_t i = whole_digits; i > 0; --i) {
    to[i - 1] = static_cast<char>('0' + rest % 10);
    rest /= 10;
  }
  to += whole_digits;
  if (places > 0) {
    *to++ = '.';
    for (std::size_t i = places; i > 0; --i) {
      to[i - 1] = static_cast<char>('0' + fraction % 10);
      fraction /= 10;
    }
    to += places;
  }
  return std::string_view(buffer, static_cast<std::size_t>(to - buffer));
}

}  // namespace strata::formats
