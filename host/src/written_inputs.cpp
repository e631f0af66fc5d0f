#include "written_inputs.hpp"

#include <string>
#include <unordered_set>
#include <vector>

#include "setup_error.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

std::string normal(const fs::path& path) {
  std::error_code ignored;
  return fs::absolute(path, ignored).lexically_normal().string();
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code missing;
  return fs::equivalent(a, b, missing) || normal(a) == normal(b);
}

// Whether one of the two (normal) paths is the other or lies below it.
bool nested(const std::string& a, const std::string& b) {
  const auto below = [](const std::string& inner, const std::string& outer) {
    return inner.starts_with(outer) &&
           (inner.size() == outer.size() || outer.ends_with('/') || inner[outer.size()] == '/');
  };
  return below(a, b) || below(b, a);
}

// The places a run writes: its output file or folder and its manifest.
std::vector<fs::path> written_places(const JobList& jobs, const fs::path& manifest) {
  std::vector<fs::path> places;
  if (jobs.outputs().kind != JobOutputs::Kind::none) places.emplace_back(jobs.outputs().path);
  if (!manifest.empty()) places.push_back(manifest);
  return places;
}

// Whether an input of `jobs` lies in or above a place written, or is the same file as one, so
// that it may be written over.
bool inputs_near(const JobList& jobs, const std::vector<fs::path>& places) {
  for (const JobList::Origin& origin : jobs.origins()) {
    if (origin.path.empty()) continue;  // standard input
    const std::string input = normal(origin.path);
    for (const fs::path& place : places) {
      if (nested(input, normal(place)) || (!origin.folder && same_file(origin.path, place))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void check_inputs_are_not_written(const JobList& jobs, const fs::path& manifest) {
  const JobOutputs& outputs = jobs.outputs();
  if (!manifest.empty() && outputs.kind == JobOutputs::Kind::file &&
      same_file(manifest, outputs.path)) {
    throw SetupError("the run manifest " + manifest.string() + " is also the output");
  }
  const std::vector<fs::path> places = written_places(jobs, manifest);
  const bool manifest_in_outputs = !manifest.empty() && outputs.kind == JobOutputs::Kind::folder &&
                                   nested(normal(manifest), normal(outputs.path));
  if (!manifest_in_outputs && !inputs_near(jobs, places)) return;
  std::unordered_set<std::string> inputs;
  for (const Job& job : jobs) {
    if (!job.source.empty()) inputs.insert(normal(job.source));
  }
  const std::string manifest_path = manifest.empty() ? std::string() : normal(manifest);
  if (!manifest.empty() && inputs.contains(manifest_path)) {
    throw SetupError("the run manifest " + manifest.string() + " is also an input");
  }
  for (const Job& job : jobs) {
    if (job.output.empty()) continue;
    const std::string output = normal(job.output);
    if (inputs.contains(output) || (outputs.kind == JobOutputs::Kind::file && !job.source.empty() &&
                                    same_file(job.output, job.source))) {
      throw SetupError("the output " + job.output + " is also an input: it would be overwritten");
    }
    if (output == manifest_path) {
      throw SetupError("the run manifest " + manifest.string() + " is also the output of " +
                       job.id);
    }
  }
}

}  // namespace strata::host
