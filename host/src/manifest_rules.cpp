#include "manifest_rules.hpp"

#include <algorithm>
#include <set>

#include "strata/document.hpp"
#include "strata/error.hpp"

namespace strata::host {
namespace {

// The document's own rules for layer names, so the check cannot drift from what add_layer
// accepts.
std::optional<std::string> layer_defect(const Manifest& manifest) {
  Document provided("manifest", "");
  for (const auto& layer : manifest.provided_layers) {
    if (provided.find_layer(layer)) return "layer '" + layer + "' is provided twice";
    try {
      provided.add_layer(layer);
    } catch (const Error& e) {
      return std::string("provided layers: ") + e.what();
    }
  }
  for (const auto& layer : manifest.required_layers) {
    if (provided.find_layer(layer)) return "layer '" + layer + "' is both required and provided";
    try {
      Document("manifest", "").add_layer(layer);
    } catch (const Error& e) {
      return std::string("required layers: ") + e.what();
    }
  }
  return std::nullopt;
}

std::optional<std::string> option_defect(const Manifest& manifest) {
  std::set<std::string> seen;
  for (const auto& spec : manifest.options) {
    if (spec.name.empty()) return std::string("an option has no name");
    if (spec.name.find_first_of(" \t\r\n=#") != std::string::npos) {
      return "option name '" + spec.name + "' has a space, '=' or '#', so it cannot be set";
    }
    if (!seen.insert(spec.name).second) return "option '" + spec.name + "' is declared twice";
    try {
      parse_option_value(spec.type, spec.default_value);
    } catch (const Error& e) {
      return "option '" + spec.name + "': bad default: " + e.what();
    }
  }
  return std::nullopt;
}

}  // namespace

bool is_valid_plugin_name(const std::string& name) {
  return !name.empty() && name.size() <= 64 && name[0] >= 'a' && name[0] <= 'z' &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
         });
}

std::optional<std::string> manifest_defect(const Manifest& manifest) {
  if (!is_valid_plugin_name(manifest.name)) {
    return "invalid plugin name '" + manifest.name +
           "' (use lower-case letters, digits, '_' and '-', starting with a letter, at most 64)";
  }
  if (auto defect = layer_defect(manifest)) return defect;
  return option_defect(manifest);
}

}  // namespace strata::host
