#include "manifest_check.hpp"

#include <algorithm>

#include "chain.hpp"
#include "setup_error.hpp"
#include "strata/document.hpp"
#include "strata/error.hpp"

namespace strata::host {
namespace {

bool is_language_code(const std::string& code) {
  return (code.size() == 2 || code.size() == 3) &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

void check_layers(const Manifest& manifest, std::vector<std::string>& problems) {
  if (manifest.provided_layers.empty()) problems.push_back("provides no layer");
  // The document's own rules for layer names and their uniqueness, so the check cannot drift
  // from what add_layer will accept.
  Document probe("manifest", "");
  for (const auto& layer : manifest.provided_layers) {
    if (probe.find_layer(layer)) {
      problems.push_back("layer '" + layer + "' is provided twice");
      continue;
    }
    try {
      probe.add_layer(layer);
    } catch (const Error& e) {
      problems.push_back(std::string("provided layers: ") + e.what());
    }
  }
  for (const auto& layer : manifest.required_layers) {
    if (probe.find_layer(layer)) {
      problems.push_back("layer '" + layer + "' is both required and provided");
    }
  }
}

void check_options(const Manifest& manifest, std::vector<std::string>& problems) {
  for (const auto& spec : manifest.options) {
    if (spec.help.empty()) problems.push_back("option '" + spec.name + "' has no help text");
  }
  try {
    resolve_options(manifest, {});
  } catch (const SetupError& e) {
    problems.push_back(e.what());
  }
}

}  // namespace

std::vector<std::string> manifest_problems(const Manifest& manifest) {
  std::vector<std::string> problems;
  if (manifest.version.empty()) problems.push_back("no version");
  if (manifest.description.empty()) problems.push_back("no description");
  check_layers(manifest, problems);
  for (const auto& language : manifest.languages) {
    if (!is_language_code(language)) {
      problems.push_back("language '" + language + "' is not an ISO 639 code");
    }
  }
  check_options(manifest, problems);
  return problems;
}

}  // namespace strata::host
