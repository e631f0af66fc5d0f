#include "detokenizer.hpp"

#include <array>
#include <string_view>

namespace strata::host {
namespace {

bool one_of(std::string_view token, std::initializer_list<std::string_view> set) {
  for (std::string_view item : set) {
    if (token == item) return true;
  }
  return false;
}

bool closes(std::string_view token) {
  return one_of(token,
                {".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "»", "…", "...", "”", "’"}) ||
         token.starts_with("'") || token == "n't";
}

bool opens(std::string_view token) {
  return one_of(token, {"(", "[", "{", "«", "“", "‘"});
}

// l', dell', un', all', c', d': an elided word is written against the next one.
bool elided(std::string_view token) {
  return token.size() > 1 && (token.ends_with("'") || token.ends_with("’"));
}

}  // namespace

void append_detokenized(const std::vector<std::string>& tokens, DetokenizedText& out) {
  bool inside_quotes = false;
  bool glue_next = true;  // no space before the sentence's first token
  for (const std::string& token : tokens) {
    const bool quote = token == "\"";
    const bool closing_quote = quote && inside_quotes;
    if (!glue_next && !closes(token) && !closing_quote) out.text += ' ';
    out.token_begins.push_back(out.text.size());
    out.text += token;
    out.token_ends.push_back(out.text.size());
    if (quote) inside_quotes = !inside_quotes;
    glue_next = opens(token) || elided(token) || (quote && inside_quotes);
  }
}

}  // namespace strata::host
