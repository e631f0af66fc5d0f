#include "token_span.hpp"

#include <array>

namespace strata::tokens {

std::string_view to_string(TokenKind kind) {
  // A table rather than a switch: asked once per token, with kinds in no predictable order, a
  // switch's jump was mispredicted often enough to show in profiles. In the enum's order.
  static constexpr std::array<std::string_view, 6> kNames = {"word",   "number", "punct",
                                                             "symbol", "url",    "email"};
  const auto index = static_cast<std::size_t>(kind);
  return index < kNames.size() ? kNames[index] : kNames[0];
}

}  // namespace strata::tokens
