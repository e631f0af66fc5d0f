// Checks of the guarantees the plugin's layers give, shared by the tests that need them.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "strata/document.hpp"
#include "token_span.hpp"

namespace strata::tokens::testing {

// What is wrong with `tokens` as a tokenization of `text`, or "" if nothing: they must be in
// order, not overlap, lie on character boundaries, contain no white space and together hold
// every character that is not white space.
std::string token_violation(std::string_view text, std::span<const TokenSpan> tokens);

// What is wrong with the tokens, sentences and paragraphs layers of `doc`, or "" if nothing:
// tokens as above, each with a valid kind; paragraphs in order, trimmed and holding every
// token; sentences in order, each inside one paragraph, running from its first token's begin to
// its last token's end, with every token in exactly one sentence.
std::string layer_violation(const Document& doc);

}  // namespace strata::tokens::testing
