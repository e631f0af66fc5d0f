// Helpers for the date grammar's tests: the tokens plugin's tokens for a text, and matches
// written out so that an expectation reads as one string.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "date_grammar.hpp"
#include "strata/token_index.hpp"

namespace strata::entities::testing {

// A text with the tokens and sentences the tokens plugin makes of it for `language` ("it",
// "en", or another code for the rules the plugin applies to other languages).
class TokenizedText {
 public:
  TokenizedText(std::string text, std::string_view language);
  TokenizedText(const TokenizedText&) = delete;  // tokens are views into text_
  TokenizedText& operator=(const TokenizedText&) = delete;

  std::span<const Token> tokens() const { return tokens_; }
  const std::vector<std::span<const Token>>& sentences() const { return sentences_; }

 private:
  std::string text_;
  std::vector<Token> tokens_;
  std::vector<std::span<const Token>> sentences_;
};

// The grammar for a language, built once per code.
const DateGrammar& grammar(std::string_view language);

// Each match as its text and `when`, "text=when", joined by " | ": the text runs from the
// first token's begin to the last token's end, so it shows the span exactly.
std::string describe(std::span<const Token> tokens, const std::vector<DateMatch>& matches);

// The dates grammar(language) finds in `text`, sentence by sentence, as describe() writes
// them.
std::string dates(std::string_view language, std::string_view text);

// The confidences of the dates found in `text`, in text order.
std::vector<double> confidences(std::string_view language, std::string_view text);

// The content of a file, or "" when it cannot be read.
std::string read_file(const std::filesystem::path& path);

}  // namespace strata::entities::testing
