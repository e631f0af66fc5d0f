#include "written_inputs.hpp"

#include <string>
#include <unordered_set>

#include "run_paths.hpp"
#include "setup_error.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

// Why a run whose `output` is one of its inputs is refused.
std::string overwrites_an_input(const std::string& output) {
  return "the output " + output + " is also an input: it would be overwritten";
}

std::string path_under(const std::string& folder, const std::string& relative) {
  return folder.empty() ? relative : folder + "/" + relative;
}

// What document `id` is written as, relative to the output folder.
std::string output_name(std::string_view id, const std::string& extension) {
  return fs::path(id).replace_extension(extension).generic_string();
}

// An output folder and an input folder of which one holds the other: refuses a document's output
// that is one of that folder's inputs. Both are named relative to the outer of the two.
void check_nested(const JobList& jobs, std::size_t origin, const std::string& input,
                  const std::string& output) {
  const bool output_inside = is_within(output, input);
  const std::string input_prefix = output_inside ? std::string() : path_below(input, output);
  const std::string output_prefix = output_inside ? path_below(output, input) : std::string();
  std::unordered_set<std::string> inputs;
  for (std::size_t job = 0; job < jobs.size(); ++job) {
    if (jobs.origin_of(job) == origin)
      inputs.insert(path_under(input_prefix, std::string(jobs.id(job))));
  }
  const std::string& extension = jobs.outputs().extension;
  for (std::size_t job = 0; job < jobs.size(); ++job) {
    if (inputs.contains(path_under(output_prefix, output_name(jobs.id(job), extension)))) {
      throw SetupError(overwrites_an_input(jobs[job].output));
    }
  }
}

// Refuses an output written as `name` in the output folder, where the file `what` is.
void check_output_names(const JobList& jobs, const std::string& name, const std::string& what) {
  for (std::size_t job = 0; job < jobs.size(); ++job) {
    if (output_name(jobs.id(job), jobs.outputs().extension) == name) {
      throw SetupError("the output " + jobs[job].output + " is also " + what +
                       ": it would be overwritten");
    }
  }
}

// Refuses a file the run writes (`written`, resolved) that is a document of the input folder
// `input` (origin `origin`), with `message`.
void check_in_folder(const JobList& jobs, std::size_t origin, const std::string& input,
                     const std::string& written, const std::string& message) {
  const std::string name = path_below(written, input);
  for (std::size_t job = 0; job < jobs.size(); ++job) {
    if (jobs.origin_of(job) == origin && jobs.id(job) == name) throw SetupError(message);
  }
}

}  // namespace

void check_inputs_are_not_written(const JobList& jobs, const fs::path& manifest,
                                  const fs::path& one_file) {
  const JobOutputs& outputs = jobs.outputs();
  const std::string output =
      outputs.kind == JobOutputs::Kind::none ? std::string() : resolved_path(outputs.path);
  const std::string manifest_path = manifest.empty() ? std::string() : resolved_path(manifest);
  const std::string file = one_file.empty() ? std::string() : resolved_path(one_file);
  if (!manifest_path.empty() &&
      ((outputs.kind == JobOutputs::Kind::file && manifest_path == output) ||
       manifest_path == file)) {
    throw SetupError("the run manifest " + manifest.string() + " is also the output");
  }
  const auto& origins = jobs.origins();
  for (std::size_t origin = 0; origin < origins.size(); ++origin) {
    if (origins[origin].path.empty()) continue;  // standard input
    const std::string input = resolved_path(origins[origin].path);
    if (!origins[origin].folder) {
      if (input == manifest_path) {
        throw SetupError("the run manifest " + manifest.string() + " is also an input");
      }
      if (input == file) throw SetupError(overwrites_an_input(one_file.string()));
      if (outputs.kind == JobOutputs::Kind::file && input == output) {
        throw SetupError(overwrites_an_input(outputs.path));
      }
      if (outputs.kind == JobOutputs::Kind::folder && is_within(input, output)) {
        check_output_names(jobs, path_below(input, output), "the input " + origins[origin].path);
      }
      continue;
    }
    if (!manifest_path.empty() && is_within(manifest_path, input)) {
      check_in_folder(jobs, origin, input, manifest_path,
                      "the run manifest " + manifest.string() + " is also an input");
    }
    if (!file.empty() && is_within(file, input)) {
      check_in_folder(jobs, origin, input, file, overwrites_an_input(one_file.string()));
    }
    if (outputs.kind == JobOutputs::Kind::folder &&
        (is_within(output, input) || is_within(input, output))) {
      check_nested(jobs, origin, input, output);
    }
  }
  // The manifest in the output folder is an output only if a document is written under its name,
  // which needs the output's extension (.jsonl is none of them).
  if (!manifest_path.empty() && outputs.kind == JobOutputs::Kind::folder &&
      is_within(manifest_path, output)) {
    const std::string name = path_below(manifest_path, output);
    if (name.ends_with(outputs.extension)) {
      check_output_names(jobs, name, "the run manifest " + manifest.string());
    }
  }
}

void check_output_is_not_an_input(const fs::path& output, const std::vector<std::string>& inputs) {
  const std::string written = resolved_path(output);
  for (const std::string& input : inputs) {
    if (resolved_path(input) == written) throw SetupError(overwrites_an_input(output.string()));
  }
}

}  // namespace strata::host
