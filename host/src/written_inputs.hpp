// Refusing a run that would write over its own inputs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "job_list.hpp"

namespace strata::host {

// Throws SetupError when a document's output, the run manifest (`manifest`, empty for none) or
// `one_file` (a file the command writes for all its documents: --corpus-file, a report; empty for
// none) is one of the run's input files, or the manifest is also an output: the run would
// destroy what it reads (`-o a.txt` for a.txt, --manifest naming an input) or lose its own
// record. The few places the run names are compared as what they are (links and ".." resolved);
// documents are compared by name, without a system call each, and only where an input folder and
// the output folder hold one another.
void check_inputs_are_not_written(const JobList& jobs, const std::filesystem::path& manifest,
                                  const std::filesystem::path& one_file = {});

// Throws SetupError when `output` is the same file as one of `inputs` (files, not folders), which
// a command reads before writing it: a model over its training data, a merged manifest over one
// of the manifests merged.
void check_output_is_not_an_input(const std::filesystem::path& output,
                                  const std::vector<std::string>& inputs);

}  // namespace strata::host
