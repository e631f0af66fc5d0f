// The document languages strata accepts from -l and from a chain file's `language`.
#pragma once

#include <optional>
#include <string>

namespace strata::host {

// What is wrong with `language` as a document language, or nothing: an ISO 639 code, maybe with
// a region or script as a BCP 47 tag has it ("it-IT", which plugins read as "it"), or auto, in
// any case ("EN"; canonical_language writes it as strata does).
std::optional<std::string> language_problem(const std::string& language);

// `language` as strata writes a tag: its language subtag in small letters ("EN" -> "en", "IT-it"
// -> "it-it", "Auto" -> "auto"), for language tags do not depend on case (BCP 47); the rest as
// given.
std::string canonical_language(std::string language);

}  // namespace strata::host
