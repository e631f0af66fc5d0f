// An act named again by its type: "della stessa legge", "del citato d.lgs.", "dello stesso codice".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "act_kind.hpp"

namespace strata::legal {

// A reference found in text: where it ends and the type of act it names.
struct ActReference {
  std::size_t end = 0;
  ActKind kind = ActKind::law;
};

// The reference starting at `pos`: an optional article, a word that points back ("stesso",
// "medesimo", "citato", "predetto", "suddetto", "richiamato", "menzionato", as either gender) and
// the type: "la stessa legge", "citato d.lgs.", "predetto codice".
std::optional<ActReference> scan_act_reference(std::string_view text, std::size_t pos);

}  // namespace strata::legal
