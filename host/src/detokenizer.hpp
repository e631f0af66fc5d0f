// Joining the tokens of pre-tokenized data (CoNLL) back into running text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace strata::host {

// Text made from tokens, and where each token ended up in it (in bytes).
struct DetokenizedText {
  std::string text;
  std::vector<std::size_t> token_begins;
  std::vector<std::size_t> token_ends;
};

// Joins the tokens of one sentence with single spaces, except where typography puts none:
// before closing punctuation (. , ; : ! ? % ) ] } » … and English clitics like 's, n't), after
// opening brackets and quotes, and after an elided article or preposition (l', dell', un', all');
// straight double quotes alternate between opening and closing. Appends to `out`.
void append_detokenized(const std::vector<std::string>& tokens, DetokenizedText& out);

}  // namespace strata::host
