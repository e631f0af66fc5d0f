#include "html_links.hpp"

#include "identifier_uri.hpp"

namespace strata::formats {

std::optional<std::string> official_source(std::string_view id) {
  const auto uri = identifier_uri(id);
  if (!uri) return std::nullopt;
  if (uri->starts_with("urn:nir:")) return "https://www.normattiva.it/uri-res/N2Ls?" + *uri;
  // identifier_uri makes EUR-Lex addresses of CELEX numbers and leaves other schemes as they
  // are: only the former is an official source we know.
  if (uri->starts_with("https://eur-lex.europa.eu/")) return uri;
  return std::nullopt;
}

}  // namespace strata::formats
