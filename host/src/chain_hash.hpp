// What identifies a chain's results, so that a resumed run only skips what the same chain made.
#pragma once

#include <string>
#include <string_view>

#include "strata/formats/run_info.hpp"

namespace strata::host {

// A hash of strata's version, the plugins in order with their versions and every option's value,
// the output format and the language setting: a change to any of them gives another hash. The run's
// date is left out.
std::string chain_hash(const formats::RunInfo& run, std::string_view format,
                       std::string_view language);

}  // namespace strata::host
