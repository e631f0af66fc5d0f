#include "token_span.hpp"

namespace strata::tokens {

std::string_view to_string(TokenKind kind) {
  switch (kind) {
    case TokenKind::word:
      return "word";
    case TokenKind::number:
      return "number";
    case TokenKind::punct:
      return "punct";
    case TokenKind::symbol:
      return "symbol";
    case TokenKind::url:
      return "url";
    case TokenKind::email:
      return "email";
  }
  return "word";
}

}  // namespace strata::tokens
