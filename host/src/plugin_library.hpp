// One plugin shared library, loaded and checked by the rules of docs/architecture.md.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "setup_error.hpp"
#include "strata/annotator.hpp"
#include "strata/manifest.hpp"
#include "strata/plugin.hpp"

namespace strata::host {

// A plugin that could not be loaded or used; the message names the file and what went wrong.
class PluginError : public SetupError {
 public:
  using SetupError::SetupError;
};

// An annotator or trainer created by a plugin; destroyed by the plugin that made it.
using AnnotatorHandle = std::unique_ptr<Annotator, std::function<void(Annotator*)>>;
using TrainerHandle = std::unique_ptr<Trainer, std::function<void(Trainer*)>>;

// A loaded, version-checked plugin. Its library stays loaded until the process exits, so the
// objects it created never outlive their code.
class PluginLibrary {
 public:
  // Loads `path` (RTLD_NOW | RTLD_LOCAL) and checks magic, API version, struct size and ABI
  // fingerprint before reading anything else. Throws PluginError.
  static std::shared_ptr<const PluginLibrary> load(const std::filesystem::path& path);

  const std::filesystem::path& path() const { return path_; }
  const Manifest& manifest() const { return manifest_; }
  // The folder of the plugin's resource files: a folder named after the plugin beside it.
  std::filesystem::path resource_dir() const;

  // Creates an annotator. Throws PluginError with the plugin's message if creation throws.
  AnnotatorHandle create(const PluginContext& context) const;

  // The SDK minor version the plugin was built with (its major is the host's).
  unsigned api_minor() const { return info_->api_minor; }
  // Whether the plugin can train a model (API 1.1 and a trainer declared).
  bool can_train() const;
  // Creates a trainer. Throws PluginError if the plugin has none or creation throws.
  TrainerHandle create_trainer(const PluginContext& context) const;

 private:
  PluginLibrary(std::filesystem::path path, const StrataPluginInfo* info, Manifest manifest);

  std::filesystem::path path_;
  const StrataPluginInfo* info_;  // checked; lives in the library, which is never unloaded
  Manifest manifest_;
};

}  // namespace strata::host
