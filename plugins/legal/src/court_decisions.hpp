// Decisions of Italy's two highest courts, with their ECLI: "Corte cost., sent. n. 242 del 2019",
// "Cass. civ., sez. un., 11 novembre 2008, n. 26972", "la sentenza n. 242 del 2019 della Corte
// costituzionale".
#pragma once

#include <string_view>
#include <vector>

#include "citation.hpp"

namespace strata::legal {

// The decisions (sentenza, ordinanza) of the Corte costituzionale and the Corte di cassazione in
// `text`, of type "case", with the features, as they apply: `id`, the European Case Law
// Identifier (ECLI:IT:COST:2019:242; ECLI:IT:CASS:2008:26972CIV, which needs the branch, civil
// or criminal: without it there is no id), `court`, `decision`, `branch` (civile, penale),
// `section` (as written: "sez. un.", "sez. III"), `date` (ISO), `number`, `year`. A decision
// written without its court ("con la sentenza n. 242 del 2019") is one where the same sentence
// names the court shortly before it, and spans the decision alone; one of another court ("la
// sentenza n. 551/2012 del Tribunale di Pescara") is none. Other courts have no ECLI in use yet.
std::vector<Citation> find_court_decisions(std::string_view text);

}  // namespace strata::legal
