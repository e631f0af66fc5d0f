// Reals that are short decimals, written without the general shortest-form search.
#pragma once

#include <optional>
#include <string_view>

namespace strata::formats {

// Room short_decimal needs.
inline constexpr std::size_t kShortDecimalSize = 32;

// `value` written into `buffer` exactly as std::to_chars(buffer, buffer + 32, value) writes it,
// when it is a decimal of at most four places whose magnitude lies in [0.001, 10^6) and which
// to_chars writes in fixed notation (0.4215, -0.05, 12.5; not 100000, which it writes 1e+05):
// the plugins round scores and shares so, and to_chars' search for the shortest form cost a
// tenth of writing TEI. nullopt for every other value, which the caller writes with to_chars.
std::optional<std::string_view> short_decimal(double value, char (&buffer)[kShortDecimalSize]);

}  // namespace strata::formats
