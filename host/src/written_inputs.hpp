// Refusing a run that would write over its own inputs.
#pragma once

#include <filesystem>

#include "job_list.hpp"

namespace strata::host {

// Throws SetupError when a document's output or the run manifest (`manifest`, empty for none) is
// one of the run's input files, or the manifest is also an output: the run would destroy what it
// reads (`-o a.txt` for a.txt, --manifest naming an input) or lose its own record. The few
// places the run names are compared as what they are (links and ".." resolved); documents are
// compared by name, without a system call each, and only where an input folder and the output
// folder hold one another.
void check_inputs_are_not_written(const JobList& jobs, const std::filesystem::path& manifest);

}  // namespace strata::host
