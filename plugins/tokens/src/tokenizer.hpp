// Splitting text into tokens: words, numbers, punctuation, symbols, URLs and e-mail addresses.
#pragma once

#include <string_view>
#include <vector>

#include "abbreviations.hpp"
#include "apostrophe.hpp"
#include "token_span.hpp"

namespace strata::tokens {

// A rule-based tokenizer for one language setting: its abbreviation list and apostrophe rule.
// Every character that is not Unicode white space ends up in exactly one token, and tokens
// never contain white space. Stateless after construction, so one instance serves all threads.
//
// Words are runs of letters, digits and combining marks, joined across a hyphen or underscore
// ("Jong-un", "COVID-19"), across dots followed by a letter ("d.lgs", "Node.js") and across
// apostrophes as ApostropheRule says. A word keeps a final dot when it is listed as an
// abbreviation, is a single capital (an initial) or is a dotted acronym of one- or two-letter
// parts ("S.p.A."). A number starts with a digit, or with a sign directly before a digit at the
// start of a token ("-3", "+39"), and keeps separators between digits ("200.000", "1.234,56",
// "19/06/2024", "8:30") and joined suffixes ("3-bis", "1°"). A run of dots, of hyphens, of "…"
// or of "!"/"?" is one punctuation token; any other punctuation mark or symbol is a token of its
// own, emoji sequences included.
class Tokenizer {
 public:
  // `abbreviations` must outlive the tokenizer.
  Tokenizer(const Abbreviations& abbreviations, ApostropheRule apostrophes);

  // Appends the tokens of `text`, in text order, to `out`. Offsets are bytes of `text`, which
  // must be shorter than 4 GiB (as document texts are).
  void tokenize(std::string_view text, std::vector<TokenSpan>& out) const;
  std::vector<TokenSpan> tokenize(std::string_view text) const;

 private:
  const Abbreviations& abbreviations_;
  ApostropheRule apostrophes_;
};

}  // namespace strata::tokens
