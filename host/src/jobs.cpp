#include "jobs.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

#include "atomic_file.hpp"
#include "document_input.hpp"
#include "setup_error.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

struct Input {
  std::string id;
  std::string source;
  bool from_directory = false;
};

std::vector<Input> input_files_below(const fs::path& folder) {
  std::vector<Input> found;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    // A link to nowhere is a document that cannot be read: it fails by name rather than
    // vanishing from the run.
    std::error_code ignored;
    const bool dangling = it->is_symlink(ignored) && !it->exists(ignored);
    if ((it->is_regular_file() || dangling) && is_input_file(it->path())) {
      // lexically: fs::relative would resolve symbolic links with a system call per path part.
      found.push_back(
          {it->path().lexically_relative(folder).generic_string(), it->path().string(), true});
    }
  }
  if (error)
    throw SetupError("cannot read input directory " + folder.string() + ": " + error.message());
  if (found.empty()) {
    throw SetupError("no *.txt, *.json or *.xml files under input directory " + folder.string());
  }
  std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.id < b.id; });
  return found;
}

std::vector<Input> collect_inputs(const std::vector<std::string>& arguments) {
  if (arguments.empty() || (arguments.size() == 1 && arguments[0] == "-")) {
    return {{"stdin", {}, false}};
  }
  std::vector<Input> inputs;
  for (const auto& argument : arguments) {
    if (argument == "-") throw SetupError("'-' (standard input) cannot be combined with files");
    std::error_code error;
    const auto status = fs::status(argument, error);
    if (status.type() == fs::file_type::not_found) {
      throw SetupError("input not found: " + argument);
    }
    if (fs::is_directory(status)) {
      auto below = input_files_below(argument);
      inputs.insert(inputs.end(), std::make_move_iterator(below.begin()),
                    std::make_move_iterator(below.end()));
    } else if (fs::is_regular_file(status)) {
      inputs.push_back({fs::path(argument).filename().string(), argument, false});
    } else {
      throw SetupError("input is not a regular file or directory: " + argument);
    }
  }
  return inputs;
}

// Throws SetupError when two jobs would write the same file (a.txt and a.json both to a.xml, or
// two inputs of the same name). Every output is the same folder joined with an input's id, which
// is relative and normal already, so equal paths are equal strings: sorted pointers find them
// without a second copy of every path.
void refuse_shared_outputs(const std::vector<Job>& jobs) {
  std::vector<const std::string*> outputs;
  outputs.reserve(jobs.size());
  for (const Job& job : jobs) {
    if (!job.output.empty()) outputs.push_back(&job.output);
  }
  std::sort(outputs.begin(), outputs.end(),
            [](const std::string* a, const std::string* b) { return *a < *b; });
  const auto same =
      std::adjacent_find(outputs.begin(), outputs.end(),
                         [](const std::string* a, const std::string* b) { return *a == *b; });
  if (same != outputs.end()) throw SetupError("two inputs would both be written to " + **same);
}

}  // namespace

std::vector<Job> plan_corpus_jobs(const std::vector<std::string>& arguments) {
  std::vector<Job> jobs;
  for (auto& input : collect_inputs(arguments)) {
    jobs.push_back({std::move(input.id), std::move(input.source), {}});
  }
  return jobs;
}

std::vector<Job> plan_jobs(const std::vector<std::string>& arguments, const std::string& output,
                           const std::string& extension) {
  const auto inputs = collect_inputs(arguments);
  const bool any_directory =
      std::any_of(inputs.begin(), inputs.end(), [](const Input& i) { return i.from_directory; });
  std::error_code ignored;
  const bool to_directory = inputs.size() > 1 || any_directory || output.ends_with('/') ||
                            (!output.empty() && fs::is_directory(output, ignored));
  if (output.empty() && inputs.size() > 1) {
    throw SetupError(std::to_string(inputs.size()) +
                     " documents to annotate: give an output directory with -o");
  }

  // Each input moves into its job, so that a corpus of a million documents is not listed twice.
  std::vector<Job> jobs;
  jobs.reserve(inputs.size());
  for (auto& input : inputs) {
    std::string target;
    if (!output.empty()) {
      target = to_directory
                   ? (fs::path(output) / fs::path(input.id).replace_extension(extension)).string()
                   : output;
    }
    jobs.push_back({std::move(input.id), std::move(input.source), std::move(target)});
  }
  refuse_shared_outputs(jobs);
  return jobs;
}

std::vector<std::string> document_ids(const std::vector<std::string>& inputs) {
  std::vector<std::string> ids;
  for (const Input& input : collect_inputs(inputs)) ids.push_back(input.id);
  return ids;
}

std::uintmax_t input_size(const Job& job) {
  if (job.source.empty()) return 0;
  std::error_code error;
  const std::uintmax_t size = fs::file_size(job.source, error);
  return error ? 0 : size;
}

void prepare_output_folders(const std::vector<Job>& jobs) {
  std::set<fs::path> folders;
  for (const auto& job : jobs) {
    if (!job.output.empty()) folders.insert(fs::path(job.output).parent_path());
  }
  for (const auto& folder : folders) {
    std::error_code error;
    if (!folder.empty()) fs::create_directories(folder, error);
    if (error) {
      throw SetupError("cannot create output directory " + folder.string() + ": " +
                       error.message());
    }
    const fs::path probe = (folder.empty() ? fs::path(".") : folder) /
                           (".strata-write-test-" + std::to_string(::getpid()));
    if (!std::ofstream(probe)) {
      throw SetupError("cannot write in output directory " + folder.string());
    }
    fs::remove(probe, error);
  }
}

void write_atomically(const fs::path& path, const std::string& content) {
  AtomicFile file(path);
  file.sputn(content.data(), static_cast<std::streamsize>(content.size()));
  file.commit();
}

}  // namespace strata::host
