#include "jobs.hpp"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

#include "atomic_file.hpp"
#include "document_input.hpp"
#include "run_paths.hpp"
#include "setup_error.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

// The output `output` (a folder or a file) relative to the input folder `folder`, when it lies
// strictly inside it; "" otherwise.
std::string output_inside(const std::string& folder, const std::string& output) {
  if (output.empty()) return {};
  const std::string input = resolved_path(folder);
  const std::string written = resolved_path(output);
  return is_within(written, input) ? path_below(written, input) : std::string();
}

// Whether the file begins as a teiCorpus does (what --corpus-file writes), in its first 4 KB.
bool is_tei_corpus(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head.find("<teiCorpus") != std::string::npos;
}

// Adds every input file below `folder` to `jobs`, in the order of their ids, but none of what an
// earlier run wrote there: the output folder `output` when it lies inside (its outputs, read as
// inputs, would be annotated again and overwritten, and would stop a resumed run), nor the
// teiCorpus `corpus_file` when it is one (a file of another kind by that name is a document,
// which the run refuses to write over).
void add_files_below(const std::string& folder, const std::string& output,
                     const std::string& corpus_file, JobList& jobs) {
  const std::size_t first = jobs.size();
  const std::size_t origin = jobs.add_folder(folder);
  const std::string skipped = output_inside(folder, output);
  const std::string skipped_file = output_inside(folder, corpus_file);
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    // Every entry named as an input that is not a folder is a document. One that cannot be read
    // (a link to nowhere or in a loop, a pipe, a device) fails by name rather than vanishing
    // from the run or stopping it. The entry's type comes from the directory listing: only a
    // link costs a system call.
    std::error_code unreadable;
    const bool is_folder = it->is_directory(unreadable);
    // lexically: fs::relative would resolve symbolic links with a system call per path part.
    const std::string id = it->path().lexically_relative(folder).generic_string();
    if (is_folder && !skipped.empty() && id == skipped) {
      spdlog::warn("not reading the output directory {} as input: it is inside input directory {}",
                   output, folder);
      it.disable_recursion_pending();
    } else if (!is_folder && !skipped_file.empty() && id == skipped_file &&
               is_tei_corpus(it->path())) {
      spdlog::warn("not reading the teiCorpus {} as input: it is the run's --corpus-file",
                   corpus_file);
    } else if (is_input_file(it->path()) && !is_folder) {
      jobs.add(origin, id);
    }
  }
  if (error) throw SetupError("cannot read input directory " + folder + ": " + error.message());
  if (jobs.size() == first) {
    throw SetupError("no *.txt, *.json or *.xml files under input directory " + folder);
  }
  jobs.sort_from(first);
}

// The jobs the arguments name, with no outputs yet; whether any came from a folder. `output` is
// the output folder and `corpus_file` the --corpus-file, if any, for a folder input to leave out.
std::pair<JobList, bool> collect_inputs(const std::vector<std::string>& arguments,
                                        const std::string& output, const std::string& corpus_file) {
  JobList jobs;
  if (arguments.empty() || (arguments.size() == 1 && arguments[0] == "-")) {
    jobs.add_standard_input();
    return {std::move(jobs), false};
  }
  bool any_folder = false;
  for (const auto& argument : arguments) {
    if (argument == "-") throw SetupError("'-' (standard input) cannot be combined with files");
    std::error_code error;
    const auto status = fs::status(argument, error);
    if (status.type() == fs::file_type::not_found) {
      throw SetupError("input not found: " + argument);
    }
    if (fs::is_directory(status)) {
      add_files_below(argument, output, corpus_file, jobs);
      any_folder = true;
    } else if (fs::is_regular_file(status)) {
      jobs.add_file(argument);
    } else {
      throw SetupError("input is not a regular file or directory: " + argument);
    }
  }
  return {std::move(jobs), any_folder};
}

}  // namespace

JobList plan_corpus_jobs(const std::vector<std::string>& arguments,
                         const std::string& corpus_file) {
  return collect_inputs(arguments, {}, corpus_file == "-" ? std::string() : corpus_file).first;
}

JobList plan_jobs(const std::vector<std::string>& arguments, const std::string& output,
                  const std::string& extension) {
  auto [found, any_folder] = collect_inputs(arguments, output, {});
  std::error_code ignored;
  const bool to_directory = found.size() > 1 || any_folder || output.ends_with('/') ||
                            (!output.empty() && fs::is_directory(output, ignored));
  if (output.empty() && found.size() > 1) {
    throw SetupError(std::to_string(found.size()) +
                     " documents to annotate: give an output directory with -o");
  }
  JobOutputs outputs;
  if (!output.empty()) {
    outputs = {to_directory ? JobOutputs::Kind::folder : JobOutputs::Kind::file, output, extension};
  }
  found.set_outputs(std::move(outputs));
  const std::size_t shared = found.first_shared_output();
  if (shared < found.size()) {
    const Job first = found[shared];
    std::string other;
    for (std::size_t job = 0; job < found.size() && other.empty(); ++job) {
      if (job != shared && found[job].output == first.output) other = found[job].source;
    }
    throw SetupError("two inputs would both be written to " + first.output + ": " + first.source +
                     " and " + other);
  }
  return std::move(found);
}

std::uintmax_t input_size(const Job& job) {
  if (job.source.empty()) return 0;
  std::error_code error;
  const std::uintmax_t size = fs::file_size(job.source, error);
  return error ? 0 : size;
}

void prepare_output_folders(const JobList& jobs) {
  std::set<fs::path> folders;
  for (const Job& job : jobs) {
    if (!job.output.empty()) folders.insert(fs::path(job.output).parent_path());
  }
  for (const auto& folder : folders) prepare_folder(folder);
}

void prepare_folder(const fs::path& folder) {
  std::error_code error;
  if (!folder.empty()) fs::create_directories(folder, error);
  if (error) {
    throw SetupError("cannot create output directory " + folder.string() + ": " + error.message());
  }
  const fs::path probe = (folder.empty() ? fs::path(".") : folder) /
                         (".strata-write-test-" + std::to_string(::getpid()));
  if (!std::ofstream(probe)) {
    throw SetupError("cannot write in output directory " + folder.string());
  }
  fs::remove(probe, error);
}

void write_atomically(const fs::path& path, const std::string& content) {
  AtomicFile file(path);
  file.sputn(content.data(), static_cast<std::streamsize>(content.size()));
  file.commit();
}

}  // namespace strata::host
