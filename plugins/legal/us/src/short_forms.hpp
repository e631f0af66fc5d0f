// "Id.", "Ibid." and "supra": citations that name no reporter.
#pragma once

#include <string_view>
#include <vector>

#include "found_cite.hpp"

namespace strata::legal::us {

// Every "Id." / "Ibid." (with its pin: ", at 123", " ¶ 34") and every "supra" (with the case
// name before it and its pin: "Foo, supra, at 2"), in text order. Their antecedents are
// resolved later, once all citations are known.
std::vector<FoundCite> find_ids_and_supras(std::string_view text);

}  // namespace strata::legal::us
