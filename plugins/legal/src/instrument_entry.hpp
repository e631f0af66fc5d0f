// What a line of a list of named instruments (instruments.tsv, the `instruments` option's
// files) must hold after its phrase.
#pragma once

#include <string>
#include <vector>

namespace strata::legal {

// Checks the values of a line: a citation type the plugin writes (legislation, code,
// constitution, eu, treaty), an id and a name, not empty. The id's form is the user's choice
// (a URN:NIR, a CELEX number, a name of their own: "statuto-albertino"). Throws Error saying
// what is wrong: a list whose instruments could never be written, or would be written without
// an id, must not pass for a good one.
void check_instrument_entry(const std::vector<std::string>& values);

}  // namespace strata::legal
