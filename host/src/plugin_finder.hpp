// Where plugins are looked for, and finding them there by name.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "plugin_library.hpp"

namespace strata::host {

// The folders searched for plugins, in order: each --plugin-path, then each folder of
// STRATA_PLUGIN_PATH (colon-separated), then the folder installed beside the strata program.
// A plugin named NAME is the file strata_NAME.so; the first folder that has it wins.
class PluginFinder {
 public:
  explicit PluginFinder(std::vector<std::filesystem::path> folders);

  // The folders for these --plugin-path values, the environment and the installed default.
  static std::vector<std::filesystem::path> search_folders(
      const std::vector<std::string>& plugin_paths);

  const std::vector<std::filesystem::path>& folders() const { return folders_; }

  // The plugin with this name, or at this path if the argument contains a '/'. Loads it once.
  // Throws PluginError naming the folders searched.
  std::shared_ptr<const PluginLibrary> find(const std::string& name_or_path);

  // The file find() would load for this name or path, without loading it: the path itself if
  // the argument contains a '/', else the first strata_NAME.so in the folders, else nothing.
  std::optional<std::filesystem::path> locate(const std::string& name_or_path) const;

  // Every strata_*.so in the folders, in folder order then file name order.
  std::vector<std::filesystem::path> plugin_files() const;

 private:
  std::vector<std::filesystem::path> folders_;
  std::map<std::string, std::shared_ptr<const PluginLibrary>> loaded_;
};

// The file name a plugin of that name has: strata_NAME.so.
std::string plugin_file_name(const std::string& name);

}  // namespace strata::host
