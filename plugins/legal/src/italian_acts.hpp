// Italian acts named by type, authority, date and number, as URN:NIR identifiers.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "instrument.hpp"
#include "legal_lexicon.hpp"

namespace strata::legal {

// The act or acts starting at `pos` with an act type of the lexicon: "legge 7 agosto 1990,
// n. 241", "l. n. 52 del 1996", "D.Lgs. 196/2003", "decreto del Ministero delle finanze del 14
// febbraio 2000, n. 57", "circolari n. 41/E del 12 marzo 2001 e n. 203/E del 9 ottobre 2001".
// An act type alone, without a date, number or year, is no citation.
std::optional<Instrument> scan_italian_act(const LegalLexicon& lexicon, std::string_view text,
                                           std::size_t pos);

}  // namespace strata::legal
