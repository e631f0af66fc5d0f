// A token as the tokenizer finds it, before it becomes an annotation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace strata::tokens {

// The "kind" feature of a token.
enum class TokenKind : std::uint8_t { word, number, punct, symbol, url, email };
constexpr std::size_t kTokenKinds = 6;
static_assert(static_cast<std::size_t>(TokenKind::email) + 1 == kTokenKinds);

// The feature value written for `kind` ("word", "number", ...).
std::string_view to_string(TokenKind kind);

// One token: its bytes, its kind, and what the sentence splitter must know about a final dot.
struct TokenSpan {
  std::uint32_t begin;
  std::uint32_t end;
  TokenKind kind;
  // The token ends with a dot that belongs to it: a listed abbreviation ("art.", "Dr."), an
  // initial ("J.") or a dotted acronym ("S.p.A."). Such a dot does not end a sentence by itself.
  bool abbreviation = false;
  // Set on abbreviations that often close a sentence too ("ecc.", "etc.", "U.S.").
  bool may_end_sentence = false;
};

}  // namespace strata::tokens
