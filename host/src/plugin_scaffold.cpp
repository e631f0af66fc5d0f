#include "plugin_scaffold.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>

#include "manifest_rules.hpp"
#include "scaffold_templates.hpp"
#include "setup_error.hpp"
#include "strata/document.hpp"
#include "strata/error.hpp"
#include "strata/layer_names.hpp"

namespace fs = std::filesystem;

namespace strata::host {
namespace {

// The document's own rule for layer names, so what we generate is what add_layer accepts.
void check_layer_name(const std::string& layer, const std::string& what) {
  Document probe("new-plugin", "");
  try {
    probe.add_layer(layer);
  } catch (const Error& e) {
    throw SetupError(what + ": " + e.what());
  }
}

// The items of a comma-separated list, empty ones included ("a,,b", "a,"), so they are refused.
std::vector<std::string> split_commas(const std::string& list) {
  std::vector<std::string> items;
  if (list.empty()) return items;
  for (std::size_t start = 0;;) {
    const std::size_t comma = list.find(',', start);
    items.push_back(list.substr(start, comma - start));
    if (comma == std::string::npos) return items;
    start = comma + 1;
  }
}

// Replaces every @KEY@ of `text` by its value; a key without a value is a bug in the templates.
std::string fill(std::string_view text, const std::map<std::string, std::string>& values) {
  std::string result;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = text.find('@', at);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find('@', open + 1);
    if (close == std::string_view::npos) break;
    const auto value = values.find(std::string(text.substr(open + 1, close - open - 1)));
    if (value == values.end()) {  // an '@' of the text itself
      result += text.substr(at, open + 1 - at);
      at = open + 1;
      continue;
    }
    result += text.substr(at, open - at);
    result += value->second;
    at = close + 1;
  }
  result += text.substr(at);
  return result;
}

std::string joined(const std::vector<std::string>& items, const std::string& before,
                   const std::string& after, const std::string& separator) {
  std::string result;
  for (const auto& item : items) {
    if (!result.empty()) result += separator;
    result += before + item + after;
  }
  return result;
}

}  // namespace

PluginSpec plugin_spec(const std::string& name, const std::string& provides,
                       const std::string& requires_list) {
  if (!is_valid_plugin_name(name)) {
    throw SetupError("invalid plugin name '" + name +
                     "' (use lower-case letters, digits, '_' and '-', starting with a letter, at "
                     "most 64)");
  }
  PluginSpec spec{name, provides.empty() ? name : provides, {layer_names::tokens}};
  check_layer_name(spec.provided_layer, "--provides");
  for (const std::string& layer : split_commas(requires_list)) {
    check_layer_name(layer, "--requires");
    if (std::find(spec.required_layers.begin(), spec.required_layers.end(), layer) ==
        spec.required_layers.end()) {
      spec.required_layers.push_back(layer);
    }
  }
  if (std::find(spec.required_layers.begin(), spec.required_layers.end(), spec.provided_layer) !=
      spec.required_layers.end()) {
    throw SetupError("layer '" + spec.provided_layer +
                     "' cannot be both provided and required (the generated plugin always "
                     "requires tokens)");
  }
  return spec;
}

std::string class_name(const std::string& plugin_name) {
  std::string result;
  bool start = true;
  for (char c : plugin_name) {
    if (c == '_' || c == '-') {
      start = true;
      continue;
    }
    result += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = false;
  }
  return result;
}

std::vector<ProjectFile> scaffold_files(const PluginSpec& spec) {
  const std::map<std::string, std::string> values = {
      {"NAME", spec.name},
      {"CLASS", class_name(spec.name)},
      {"LAYER", spec.provided_layer},
      {"REQUIRED", joined(spec.required_layers, "\"", "\"", ", ")},
      {"REQUIRED_LIST", joined(spec.required_layers, "`", "`", ", ")},
  };
  std::vector<ProjectFile> files;
  for (const ScaffoldTemplate& file : scaffold_templates()) {
    files.push_back({fill(file.path, values), fill(file.content, values)});
  }
  return files;
}

void write_project(const fs::path& folder, const std::vector<ProjectFile>& files) {
  std::error_code error;
  if (fs::exists(folder, error) &&
      (!fs::is_directory(folder, error) || !fs::is_empty(folder, error))) {
    throw SetupError("'" + folder.string() +
                     "' exists and is not an empty folder; choose another with --dir");
  }
  for (const ProjectFile& file : files) {
    const fs::path path = folder / file.path;
    fs::create_directories(path.parent_path(), error);
    std::ofstream out(path, std::ios::binary);
    out << file.content;
    out.close();
    if (!out) throw SetupError("cannot write '" + path.string() + "'");
  }
}

}  // namespace strata::host
