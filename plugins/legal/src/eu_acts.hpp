// Regulations, directives and decisions of the European Union, as CELEX numbers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "instrument.hpp"

namespace strata::legal {

// The EU act starting at `pos`, in Italian or English: "Regolamento (UE) 2016/679", "Direttiva
// 95/46/CE", "Regulation (EU) 2016/679", "Directive 2000/31/EC", "Regolamento (CEE) n. 1408/71",
// "Decisione 2000/520/CE", "Regolamento UE 2016/679". The EU marker (in brackets or capitals before
// the number, or after it) is required: "regolamento 8-2-1941" is an Italian act.
std::optional<Instrument> scan_eu_act(std::string_view text, std::size_t pos);

// The CELEX number of an act of secondary law: sector 3, year, R/L/D, number on four digits.
std::string celex(std::string_view year, char kind, std::string_view number);

}  // namespace strata::legal
