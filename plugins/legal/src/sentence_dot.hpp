// A citation's last dot, as the tokenizer reads it: part of an abbreviation, or the sentence's.
#pragma once

#include <cstddef>

#include "strata/document.hpp"

namespace strata::legal {

// Where the citation [begin, end) of `document` ends once a dot that the tokenizer made a
// punctuation token of its own is left out: the scanners let a name's last dot be written or not
// ("c.e.d.u." and "CEDU"), so "art. 6 CEDU." takes the period that ends the sentence, which is
// the tokens layer's to decide. An abbreviation's dot stays ("art. 2 c.c.", "del citato
// d.lgs."): the tokenizer keeps it in the word. Needs the tokens layer.
std::size_t end_before_sentence_dot(const Document& document, std::size_t begin, std::size_t end);

}  // namespace strata::legal
