// A citation's last dot, as the tokenizer reads it: part of an abbreviation, or the sentence's.
#pragma once

#include <cstddef>

#include "strata/document.hpp"

namespace strata::legal {

// Where the citation [begin, end) of `document` ends once a dot that the tokenizer made the end
// of its sentence is left out: a punctuation token of its own, with nothing but punctuation
// after it in the sentence ("art. 6 CEDU.", "CEDU.)"). The scanners let a name's last dot be
// written or not ("c.e.d.u." and "CEDU"), so they take the sentence's period, which is the
// tokens layer's to place. An abbreviation's dot stays: the one the tokenizer keeps in its word
// ("art. 2 c.c.", "del citato d.lgs."), and one it splits off inside a sentence ("L. Fall. e").
// Needs the tokens layer; without a sentences layer the text is one sentence.
std::size_t end_before_sentence_dot(const Document& document, std::size_t begin, std::size_t end);

}  // namespace strata::legal
