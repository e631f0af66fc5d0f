// Treaties a text names that no list knows: "il trattato di partenariato strategico globale tra
// Corea del Nord e Russia", "l'accordo di cooperazione tra Italia e Libia".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "instrument.hpp"

namespace strata::legal {

// A treaty named by its head word (trattato, accordo, patto, convenzione, protocollo, treaty,
// agreement, pact, convention), a subject of up to five lower-case words ("di partenariato
// strategico globale") and its parties ("tra Corea del Nord e Russia", "between X and Y"),
// starting at `pos`. The parties are required: they delimit the name, and without them
// "accordo di massima" would be a treaty. Its id is local to the document ("doc:" and the name
// in lower case with dashes), so "art. 4 del trattato" later in the document can point at it.
std::optional<Instrument> scan_named_treaty(std::string_view text, std::size_t pos);

// "doc:" and `name` in lower case (ASCII letters), runs of other characters but letters and
// digits as one dash: "doc:trattato-di-partenariato-tra-corea-del-nord-e-russia".
std::string document_local_id(std::string_view name);

}  // namespace strata::legal
