#include "conformance_subject.hpp"

#include <algorithm>
#include <deque>
#include <set>

#include "chain.hpp"
#include "setup_error.hpp"

namespace strata::host {
namespace {

bool provides(const Manifest& manifest, const std::string& layer) {
  const auto& layers = manifest.provided_layers;
  return std::find(layers.begin(), layers.end(), layer) != layers.end();
}

// The first plugin file on the path, other than the one under test, that provides `layer`.
std::string first_provider(PluginFinder& finder, const std::string& layer,
                           const Manifest& subject) {
  for (const auto& file : finder.plugin_files()) {
    try {
      const auto plugin = finder.find(file.string());
      if (plugin->manifest().name != subject.name && provides(plugin->manifest(), layer)) {
        return file.string();
      }
    } catch (const SetupError&) {
      // A broken plugin file cannot be a prerequisite; `plugins list` reports it.
    }
  }
  throw SetupError("plugin '" + subject.name + "' requires layer '" + layer +
                   "', which no plugin on the plugin path provides (add its folder with "
                   "--plugin-path)");
}

// The files of the plugins that make the layers `subject` requires, and theirs in turn.
std::vector<std::string> prerequisite_files(PluginFinder& finder, const Manifest& subject) {
  std::vector<std::string> files;
  std::set<std::string> made;
  std::deque<std::string> wanted(subject.required_layers.begin(), subject.required_layers.end());
  while (!wanted.empty()) {
    const std::string layer = wanted.front();
    wanted.pop_front();
    if (made.count(layer) > 0) continue;
    files.push_back(first_provider(finder, layer, subject));
    const Manifest& provider = finder.find(files.back())->manifest();
    made.insert(provider.provided_layers.begin(), provider.provided_layers.end());
    wanted.insert(wanted.end(), provider.required_layers.begin(), provider.required_layers.end());
  }
  return files;
}

// A layer the plugin provides must not exist before it runs: the host would skip the plugin, and
// the checks would pass without running it.
void refuse_shared_layers(const std::vector<ChainStep>& prerequisites, const Manifest& subject) {
  for (const auto& step : prerequisites) {
    for (const auto& layer : step.plugin->manifest().provided_layers) {
      if (provides(subject, layer)) {
        throw SetupError("cannot check plugin '" + subject.name + "': its layer '" + layer +
                         "' is also made by '" + step.plugin->manifest().name +
                         "', which must run first for the layers it requires");
      }
    }
  }
}

std::vector<ChainStep> subject_chain(const std::string& name_or_path, PluginFinder& finder) {
  // Its required layers come from the prerequisites, as they would from a JSON or TEI input.
  return build_chain({name_or_path}, {}, finder, /*inputs_have_layers=*/true);
}

}  // namespace

ConformanceSubject::ConformanceSubject(const std::string& name_or_path, PluginFinder& finder)
    : prerequisites_(build_chain(prerequisite_files(finder, finder.find(name_or_path)->manifest()),
                                 {}, finder),
                     1),
      subject_(subject_chain(name_or_path, finder), kWorkers) {
  refuse_shared_layers(prerequisites_.chain(), manifest());
}

std::vector<std::string> ConformanceSubject::prerequisites() const {
  std::vector<std::string> names;
  for (const auto& step : prerequisites_.chain()) names.push_back(step.plugin->manifest().name);
  return names;
}

Document ConformanceSubject::prepare(const HardText& text) const {
  Document document(text.name, text.text);
  prerequisites_.annotate(document, 0);
  return document;
}

SubjectRun ConformanceSubject::run(Document& document, unsigned worker) const {
  const std::vector<std::string> before = document.layer_names();
  try {
    subject_.annotate(document, worker);
  } catch (const DocumentError& e) {
    return {{}, e.what()};
  }
  std::vector<std::string> added;
  for (const auto& name : document.layer_names()) {
    if (std::find(before.begin(), before.end(), name) == before.end()) added.push_back(name);
  }
  return {dump_layers(document, added), ""};
}

}  // namespace strata::host
