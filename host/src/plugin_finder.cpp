#include "plugin_finder.hpp"

#include <algorithm>
#include <boost/dll/runtime_symbol_info.hpp>
#include <cstdlib>
#include <sstream>

#include "setup_error.hpp"
#include "text_list.hpp"

namespace strata::host {
namespace {

constexpr const char* kPrefix = "strata_";
constexpr const char* kSuffix = ".so";

bool is_plugin_file(const std::filesystem::directory_entry& entry) {
  const std::string name = entry.path().filename().string();
  return entry.is_regular_file() && name.starts_with(kPrefix) && name.ends_with(kSuffix);
}

}  // namespace

std::string plugin_file_name(const std::string& name) {
  return kPrefix + name + kSuffix;
}

PluginFinder::PluginFinder(std::vector<std::filesystem::path> folders)
    : folders_(std::move(folders)) {}

std::vector<std::filesystem::path> PluginFinder::search_folders(
    const std::vector<std::string>& plugin_paths) {
  // A folder named on the command line that is not there is a typo, not a place to look.
  for (const std::string& folder : plugin_paths) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
      throw SetupError("--plugin-path " + folder + ": not a directory");
    }
  }
  std::vector<std::filesystem::path> folders(plugin_paths.begin(), plugin_paths.end());
  if (const char* env = std::getenv("STRATA_PLUGIN_PATH")) {
    std::istringstream list(env);
    for (std::string folder; std::getline(list, folder, ':');) {
      if (!folder.empty()) folders.emplace_back(folder);
    }
  }
  // Relative to the program, so a build tree and an install prefix both work unchanged.
  const auto program = std::filesystem::path(boost::dll::program_location().string());
  folders.push_back(program.parent_path().parent_path() / "lib" / "strata" / "plugins");
  return folders;
}

std::shared_ptr<const PluginLibrary> PluginFinder::find(const std::string& name_or_path) {
  if (auto cached = loaded_.find(name_or_path); cached != loaded_.end()) return cached->second;
  const auto file = locate(name_or_path);
  if (!file) {
    // "strata_money.so" beside the user is a file, but without a '/' it reads as a name.
    const bool file_name = name_or_path.ends_with(kSuffix);
    throw PluginError("no plugin named '" + name_or_path + "' (looked for " +
                      plugin_file_name(name_or_path) + " in " + joined(folders_, ", ", "(none)") +
                      ")" +
                      (file_name ? "; to load a file, give its path: ./" + name_or_path : ""));
  }
  auto plugin = PluginLibrary::load(*file);
  const bool by_name = name_or_path.find('/') == std::string::npos;
  if (by_name && plugin->manifest().name != name_or_path) {
    throw PluginError(file->string() + ": the file is named for plugin '" + name_or_path +
                      "' but holds plugin '" + plugin->manifest().name + "'");
  }
  loaded_[name_or_path] = plugin;
  return plugin;
}

std::optional<std::filesystem::path> PluginFinder::locate(const std::string& name_or_path) const {
  if (name_or_path.find('/') != std::string::npos) return std::filesystem::path(name_or_path);
  for (const auto& folder : folders_) {
    const auto candidate = folder / plugin_file_name(name_or_path);
    std::error_code ignored;
    if (std::filesystem::is_regular_file(candidate, ignored)) return candidate;
  }
  return std::nullopt;
}

std::vector<std::filesystem::path> PluginFinder::plugin_files() const {
  std::vector<std::filesystem::path> files;
  for (const auto& folder : folders_) {
    std::error_code error;
    std::vector<std::filesystem::path> here;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
      if (is_plugin_file(entry)) here.push_back(entry.path());
    }
    std::sort(here.begin(), here.end());
    files.insert(files.end(), here.begin(), here.end());
  }
  return files;
}

}  // namespace strata::host
