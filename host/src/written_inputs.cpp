#include "written_inputs.hpp"

#include <string>
#include <unordered_set>

#include "setup_error.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

// The file or folder `path` names, links and ".." resolved as far as it exists: the few places a
// run names are compared as what they are, and no document's path needs a system call.
std::string resolved(const fs::path& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  const fs::path real = fs::weakly_canonical(absolute, error);
  return (error ? absolute.lexically_normal() : real).generic_string();
}

// Whether `inner` is `outer` or lies below it.
bool within(const std::string& inner, const std::string& outer) {
  return inner.starts_with(outer) &&
         (inner.size() == outer.size() || outer.ends_with('/') || inner[outer.size()] == '/');
}

// `inner` relative to `outer`, which holds it: "" for the same place.
std::string below(const std::string& inner, const std::string& outer) {
  if (inner.size() == outer.size()) return {};
  return inner.substr(outer.size() + (outer.ends_with('/') ? 0 : 1));
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
  const bool output_inside = within(output, input);
  const std::string input_prefix = output_inside ? std::string() : below(input, output);
  const std::string output_prefix = output_inside ? below(output, input) : std::string();
  std::unordered_set<std::string> inputs;
  for (std::size_t job = 0; job < jobs.size(); ++job) {
    if (jobs.origin_of(job) == origin)
      inputs.insert(path_under(input_prefix, std::string(jobs.id(job))));
  }
  const std::string& extension = jobs.outputs().extension;
  for (std::size_t job = 0; job < jobs.size(); ++job) {
    if (inputs.contains(path_under(output_prefix, output_name(jobs.id(job), extension)))) {
      throw SetupError("the output " + jobs[job].output +
                       " is also an input: it would be overwritten");
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

// Refuses a manifest that is a document of the input folder `input` (origin `origin`).
void check_manifest_in_folder(const JobList& jobs, std::size_t origin, const std::string& input,
                              const std::string& manifest, const fs::path& given) {
  const std::string name = below(manifest, input);
  for (std::size_t job = 0; job < jobs.size(); ++job) {
    if (jobs.origin_of(job) == origin && jobs.id(job) == name) {
      throw SetupError("the run manifest " + given.string() + " is also an input");
    }
  }
}

}  // namespace

void check_inputs_are_not_written(const JobList& jobs, const fs::path& manifest) {
  const JobOutputs& outputs = jobs.outputs();
  const std::string output =
      outputs.kind == JobOutputs::Kind::none ? std::string() : resolved(outputs.path);
  const std::string manifest_path = manifest.empty() ? std::string() : resolved(manifest);
  if (!manifest_path.empty() && outputs.kind == JobOutputs::Kind::file && manifest_path == output) {
    throw SetupError("the run manifest " + manifest.string() + " is also the output");
  }
  const auto& origins = jobs.origins();
  for (std::size_t origin = 0; origin < origins.size(); ++origin) {
    if (origins[origin].path.empty()) continue;  // standard input
    const std::string input = resolved(origins[origin].path);
    if (!origins[origin].folder) {
      if (input == manifest_path) {
        throw SetupError("the run manifest " + manifest.string() + " is also an input");
      }
      if (outputs.kind == JobOutputs::Kind::file && input == output) {
        throw SetupError("the output " + outputs.path +
                         " is also an input: it would be overwritten");
      }
      if (outputs.kind == JobOutputs::Kind::folder && within(input, output)) {
        check_output_names(jobs, below(input, output), "the input " + origins[origin].path);
      }
      continue;
    }
    if (!manifest_path.empty() && within(manifest_path, input)) {
      check_manifest_in_folder(jobs, origin, input, manifest_path, manifest);
    }
    if (outputs.kind == JobOutputs::Kind::folder &&
        (within(output, input) || within(input, output))) {
      check_nested(jobs, origin, input, output);
    }
  }
  // The manifest in the output folder is an output only if a document is written under its name,
  // which needs the output's extension (.jsonl is none of them).
  if (!manifest_path.empty() && outputs.kind == JobOutputs::Kind::folder &&
      within(manifest_path, output)) {
    const std::string name = below(manifest_path, output);
    if (name.ends_with(outputs.extension)) {
      check_output_names(jobs, name, "the run manifest " + manifest.string());
    }
  }
}

}  // namespace strata::host
