// Where a citation's identifier can be read at its official source.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace strata::formats {

// The official page for a citation id: Normattiva's resolver for a URN:NIR ("urn:nir:..."),
// EUR-Lex for a CELEX number; nullopt for any other id (a treaty's "doc:" name, a US
// citation), for which no source is guessed.
std::optional<std::string> official_source(std::string_view id);

}  // namespace strata::formats
