// An identifier (a citation's, an entity's) as a URI that @target and @ref accept (xsd:anyURI).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace strata::formats {

// The URI for an identifier: one that already has a scheme resolvers know (urn, http, https,
// ftp, info, tag, mailto: "urn:nir:stato:legge:...", "https://...") as it is, a bare CELEX
// number ("32016R0679", with any partition suffix) as the EUR-Lex address that resolves it;
// nullopt for anything else (no URI is guessed: "doc:...", "ECLI:..."). Bytes outside RFC
// 3986's unreserved and reserved characters (a space, a non-ASCII letter) are percent-encoded;
// ';' and '~', which URN:NIR uses, are kept.
std::optional<std::string> identifier_uri(std::string_view id);

}  // namespace strata::formats
