#include "sentence_dot.hpp"

#include <algorithm>

#include "strata/token_index.hpp"

namespace strata::legal {

std::size_t end_before_sentence_dot(const Document& document, std::size_t begin, std::size_t end) {
  const std::string& text = document.text();
  // Most citations end otherwise: only these need the token index, which is built on first use.
  if (end <= begin + 1 || end > text.size() || text[end - 1] != '.') return end;
  const TokenIndex& index = document.token_index();
  const auto dot = static_cast<Offset>(end - 1);
  const auto tokens = index.tokens_between(dot, dot + 1);
  // "c.c.." is "c.c" and "..": a dot that starts the punctuation is not the word's either.
  if (tokens.empty() || tokens.front().kind != "punct" || tokens.front().begin != dot) return end;
  const auto sentences = index.sentences();
  const auto after = std::upper_bound(sentences.begin(), sentences.end(), dot,
                                      [](Offset at, const Sentence& s) { return at < s.begin; });
  if (after == sentences.begin()) return end;
  const std::span<const Token> in_sentence = std::prev(after)->tokens;
  const auto rest = std::find_if(in_sentence.begin(), in_sentence.end(),
                                 [dot](const Token& token) { return token.begin > dot; });
  const bool ends_sentence = std::all_of(rest, in_sentence.end(),
                                         [](const Token& token) { return token.kind == "punct"; });
  return ends_sentence ? end - 1 : end;
}

}  // namespace strata::legal
