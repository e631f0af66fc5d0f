// Italian acts named by type, authority, date and number, as URN:NIR identifiers.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "instrument.hpp"
#include "legal_lexicon.hpp"

namespace strata::legal {

// The act or acts starting at `pos` with an act type of the lexicon: "legge 7 agosto 1990,
// n. 241", "l. n. 37 del 1990", "D.Lgs. 196/2003", "decreto del Ministero delle finanze del 25
// novembre 1998, n. 418", "circolari n. 30/E del 27 gennaio 1998 e n. 186/E del 15 luglio 1998".
// An act type alone, without a date, number or year, is no citation.
std::optional<Instrument> scan_italian_act(const LegalLexicon& lexicon, std::string_view text,
                                           std::size_t pos);

}  // namespace strata::legal
