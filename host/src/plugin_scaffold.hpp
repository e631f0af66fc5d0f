// The project `strata new-plugin` writes: a buildable plugin with its resource, tests and README.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace strata::host {

// What the new plugin is called and which layers it provides and requires.
struct PluginSpec {
  std::string name;            // [a-z][a-z0-9_-]*: the plugin, its file and its folder
  std::string provided_layer;  // the layer it adds
  std::vector<std::string> required_layers;  // always holds tokens, which the generated code reads
};

// One file of the project, its path relative to the project folder.
struct ProjectFile {
  std::filesystem::path path;
  std::string content;
};

// The spec for NAME with the --provides value (empty: the layer is NAME) and the --requires
// list (comma-separated, may be empty; tokens is added first when missing). Throws SetupError
// naming the bad value when NAME or a layer name breaks the rules of plugin and layer names.
PluginSpec plugin_spec(const std::string& name, const std::string& provides,
                       const std::string& requires_list);

// The C++ class name for a plugin name: each part between '_' and '-' capitalized and joined
// ("money" Money, "my-tagger_2" MyTagger2), so it is always an identifier and never a keyword.
std::string class_name(const std::string& plugin_name);

// The project's files with every placeholder filled in.
std::vector<ProjectFile> scaffold_files(const PluginSpec& spec);

// Writes `files` below `folder`, creating it. Throws SetupError if `folder` exists and is not an
// empty directory, so nothing of the user's is ever overwritten.
void write_project(const std::filesystem::path& folder, const std::vector<ProjectFile>& files);

}  // namespace strata::host
