// Where `strata annotate` writes the documents it sends to standard output, kept apart from the
// standard output that plugins share with the host: a plugin's debug print (std::cout, printf)
// would otherwise land inside a document's JSON or TEI, and the run would still succeed.
#pragma once

#include <ostream>

namespace strata::host {

// Moves the process's standard output (file descriptor 1) aside for results_output() and points
// descriptor 1 at standard error, where whatever plugins print then goes. Called once, before
// plugins are loaded; on failure standard output stays as it is.
void keep_standard_output_from_plugins();

// The stream for documents bound for standard output: the descriptor moved aside, or std::cout
// if it was not.
std::ostream& results_output();

}  // namespace strata::host
