#include "plugin_info.hpp"

#include <iostream>

#include "commands.hpp"
#include "embedded_manifest.hpp"
#include "logging.hpp"
#include "manifest_json.hpp"
#include "text_list.hpp"

namespace strata::host {
namespace {

void print_text(const Manifest& m, const std::filesystem::path& file) {
  std::cout << "name:        " << m.name << "\nversion:     " << m.version
            << "\ndescription: " << m.description << "\nfile:        " << file.string()
            << "\nlanguages:   " << listed(m.languages, "any")
            << "\nrequires:    " << listed(m.required_layers)
            << "\nprovides:    " << listed(m.provided_layers)
            << "\nconcurrency: " << concurrency_name(m.concurrency) << "\noptions:";
  if (m.options.empty()) std::cout << "     none";
  std::cout << '\n';
  for (const auto& spec : m.options) {
    std::cout << "  " << spec.name << " (" << to_string(spec.type) << ", default '"
              << spec.default_value << "'): " << spec.help << '\n';
  }
}

void print(const Manifest& m, const std::filesystem::path& file, InfoFormat format) {
  if (format == InfoFormat::json) {
    std::cout << manifest_to_json(m) << '\n';
  } else {
    print_text(m, file);
  }
}

// The plugin could not be loaded: describe it from its file, without running any of its code.
int describe_unloaded(const std::filesystem::path& file, const PluginError& load_error,
                      InfoFormat format) {
  std::optional<Manifest> manifest;
  try {
    manifest = read_embedded_manifest(file);
  } catch (const SetupError& e) {
    throw PluginError(std::string(load_error.what()) +
                      "; and its manifest cannot be read: " + e.what());
  }
  if (!manifest) {
    throw PluginError(std::string(load_error.what()) + "; and the file has no " + kManifestSection +
                      " section to describe it from (built without " +
                      "strata_add_plugin(), or by one too old to embed the manifest)");
  }
  if (format == InfoFormat::text) std::cout << "source:      from the file, not loaded\n";
  print(*manifest, file, format);
  if (format == InfoFormat::text) std::cout << "not loaded:  " << load_error.what() << '\n';
  spdlog::error("{}", load_error.what());
  return kSetupFailed;
}

}  // namespace

std::string listed(const std::vector<std::string>& items, const char* if_empty) {
  return joined(items, ",", if_empty);
}

InfoFormat info_format_named(const std::string& name) {
  if (name == "text") return InfoFormat::text;
  if (name == "json") return InfoFormat::json;
  throw SetupError("unknown --format '" + name + "' for plugins info (expected text or json)");
}

int describe_plugin(PluginFinder& finder, const std::string& name_or_path, InfoFormat format) {
  try {
    const auto plugin = finder.find(name_or_path);
    print(plugin->manifest(), plugin->path(), format);
    return kSuccess;
  } catch (const PluginError& e) {
    const auto file = finder.locate(name_or_path);
    std::error_code ignored;
    if (!file || !std::filesystem::is_regular_file(*file, ignored)) throw;
    return describe_unloaded(*file, e, format);
  }
}

}  // namespace strata::host
