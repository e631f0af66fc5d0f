// Refusing a run that would write over its own inputs.
#pragma once

#include <filesystem>

#include "job_list.hpp"

namespace strata::host {

// Throws SetupError when a document's output or the run manifest (`manifest`, empty for none) is
// one of the run's input files, or the manifest is also an output: the run would destroy what it
// reads (`-o a.txt` for a.txt, --manifest naming an input) or lose its own record. Paths are
// compared as the same file where both exist, else by their absolute, normal form. Only inputs
// in or beside the places written are compared one by one, so a usual run costs nothing here.
void check_inputs_are_not_written(const JobList& jobs, const std::filesystem::path& manifest);

}  // namespace strata::host
