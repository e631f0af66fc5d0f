#include "sentence_dot.hpp"

#include "strata/token_index.hpp"

namespace strata::legal {

std::size_t end_before_sentence_dot(const Document& document, std::size_t begin, std::size_t end) {
  const std::string& text = document.text();
  // Most citations end otherwise: only these need the token index, which is built on first use.
  if (end <= begin + 1 || end > text.size() || text[end - 1] != '.') return end;
  const auto tokens =
      document.token_index().tokens_between(static_cast<Offset>(end - 1), static_cast<Offset>(end));
  if (tokens.empty()) return end;
  const Token& last = tokens.front();
  // "c.c.." is "c.c" and "..": the dot that starts the punctuation is the sentence's too.
  if (last.kind != "punct" || last.begin != end - 1) return end;
  return end - 1;
}

}  // namespace strata::legal
