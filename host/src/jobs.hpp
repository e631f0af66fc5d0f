// Turning the command line's inputs and -o into one job per document.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "job_list.hpp"

namespace strata::host {

// Inputs are files, directories (every *.txt, *.json and *.xml below, recursively, in name order)
// or "-" for standard input (also when there are none). The output is standard output for one
// document, else (or when `output` is an existing directory or ends with '/') a directory
// receiving each document under its relative path with `extension` (a.json and a.xml would both
// be a.xml: refused). An output directory inside an input directory is not read as input (with
// a warning). Throws SetupError for a missing input, a directory without input files, several
// documents with no -o, or two inputs with one output.
JobList plan_jobs(const std::vector<std::string>& inputs, const std::string& output,
                  const std::string& extension);

// The size of the job's input in bytes; 0 for standard input or a file that cannot be read.
std::uintmax_t input_size(const Job& job);
// The jobs of a run whose documents all go into one file (--corpus-file): the inputs as
// plan_jobs finds them, each with no output of its own, but not `corpus_file` itself where an
// input folder holds it and it is a teiCorpus (an earlier run's). Throws SetupError as plan_jobs
// does for inputs.
JobList plan_corpus_jobs(const std::vector<std::string>& inputs,
                         const std::string& corpus_file = {});

// Creates the folders the jobs write to and checks that files can be created in them, so that an
// unusable output location stops the run before any document is read. Throws SetupError.
void prepare_output_folders(const JobList& jobs);
// The same for one folder ("" is the current one).
void prepare_folder(const std::filesystem::path& folder);

// Writes `content` to a temporary file beside `path` and renames it into place, so a reader
// never sees half a file. Creates missing parent folders. Throws std::runtime_error.
void write_atomically(const std::filesystem::path& path, const std::string& content);

}  // namespace strata::host
