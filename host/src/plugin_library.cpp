#include "plugin_library.hpp"

#include <dlfcn.h>

#include <boost/dll/shared_library.hpp>
#include <vector>

#include "elf_file.hpp"
#include "manifest_rules.hpp"
#include "one_line.hpp"
#include "sdk_mismatch.hpp"
#include "strata/plugin.hpp"
#include "strata/version.hpp"

namespace strata::host {

namespace {

// Keeps a reference to every library until the process exits: unloading is unreliable on Linux
// and would leave dangling whatever the plugin created.
void keep_loaded_until_exit(const boost::dll::shared_library& library) {
  static auto* kept = new std::vector<boost::dll::shared_library>();
  kept->push_back(library);
}

std::string version_text(unsigned major, unsigned minor) {
  return std::to_string(major) + "." + std::to_string(minor);
}

// Why a plugin's manifest() gave nothing, in the plugin's words where it exports them.
std::string manifest_failure(const boost::dll::shared_library& library) {
  std::string why = "the plugin failed to build its manifest";
  if (!library.has(STRATA_PLUGIN_MANIFEST_FAILURE_SYMBOL)) return why;
  using Failure = const char*() noexcept;
  const char* said = library.get_alias<Failure>(STRATA_PLUGIN_MANIFEST_FAILURE_SYMBOL)();
  if (said != nullptr && *said != '\0') why += ": " + one_line(said);
  return why;
}

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& why) {
  throw PluginError(path.string() + ": " + why);
}

// The libraries the file needs; none when its headers cannot be read, which the loader reports.
std::vector<std::string> needed_libraries(const std::filesystem::path& path) {
  try {
    return elf_needed_libraries(path);
  } catch (const SetupError&) {
    return {};
  }
}

const StrataPluginInfo& checked_info(const std::filesystem::path& path,
                                     const StrataPluginInfo* info) {
  if (info == nullptr) refuse(path, "the plugin's entry function returned nothing");
  if (info->magic != STRATA_PLUGIN_MAGIC) {
    refuse(path, "not a Strata plugin (its strata_plugin symbol has the wrong magic number)");
  }
  const std::string host_version = version_text(STRATA_API_MAJOR, STRATA_API_MINOR);
  const std::string plugin_version = version_text(info->api_major, info->api_minor);
  if (info->api_major != STRATA_API_MAJOR) {
    refuse(path, other_major_refusal(plugin_version));
  }
  if (info->api_minor > STRATA_API_MINOR) {
    refuse(path, "the plugin needs SDK API " + plugin_version + ", newer than this strata's " +
                     host_version + "; update strata, or rebuild the plugin against this SDK");
  }
  if (info->struct_size < STRATA_PLUGIN_INFO_SIZE_1_0) {
    refuse(path, "plugin info of " + std::to_string(info->struct_size) +
                     " bytes, expected at least " + std::to_string(STRATA_PLUGIN_INFO_SIZE_1_0));
  }
  const std::string fingerprint = info->abi_fingerprint ? info->abi_fingerprint : "";
  if (fingerprint != STRATA_ABI_FINGERPRINT) {
    refuse(path, "built with an incompatible toolchain (plugin ABI '" + fingerprint +
                     "', strata ABI '" STRATA_ABI_FINGERPRINT
                     "'); rebuild it with the same "
                     "compiler, standard library and Boost as strata");
  }
  if (!info->name || !info->version || !info->manifest || !info->create || !info->destroy) {
    refuse(path, "incomplete plugin info (a name, version or function is missing)");
  }
  return *info;
}

}  // namespace

PluginLibrary::PluginLibrary(std::filesystem::path path, const StrataPluginInfo* info,
                             Manifest manifest)
    : path_(std::move(path)), info_(info), manifest_(std::move(manifest)) {}

std::shared_ptr<const PluginLibrary> PluginLibrary::load(const std::filesystem::path& path) {
  std::error_code error;
  const auto canonical = std::filesystem::canonical(path, error);
  if (error) {
    std::string why = "cannot open plugin: " + error.message();
    // A chain file's relative path is taken from where strata runs, not from the chain file.
    if (path.is_relative()) {
      std::error_code ignored;
      why += " (a relative path is taken from the current directory, " +
             std::filesystem::current_path(ignored).string() + ")";
    }
    refuse(path, why);
  }

  // The loader would die of SIGBUS on a truncated file instead of failing.
  if (const auto why = elf_truncation(canonical)) refuse(canonical, "cannot load: " + *why);
  // Another major version's SDK library would be missing, or a second SDK in the process: the
  // version is answered before the loader speaks of either.
  if (const auto why = linked_sdk_refusal(needed_libraries(canonical))) refuse(canonical, *why);

  boost::dll::shared_library library;
  boost::dll::fs::error_code load_error;
  library.load(canonical.string(),
               boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, load_error);
  if (load_error) {
    const char* reason = dlerror();  // the loader's own words: a missing symbol, a bad ELF file
    refuse(canonical,
           "cannot load: " + explained_load_error(reason ? reason : load_error.message()));
  }
  if (!library.has(STRATA_PLUGIN_SYMBOL)) {
    refuse(canonical, "not a Strata plugin (no '" STRATA_PLUGIN_SYMBOL "' symbol)");
  }
  keep_loaded_until_exit(library);

  auto& entry_function = library.get_alias<StrataPluginEntry>(STRATA_PLUGIN_SYMBOL);
  const StrataPluginInfo& info = checked_info(canonical, entry_function());

  const Manifest* manifest = info.manifest();
  if (manifest == nullptr) refuse(canonical, manifest_failure(library));
  if (manifest->name != info.name) {
    refuse(canonical,
           "the manifest names '" + manifest->name + "' but the plugin is '" + info.name + "'");
  }
  if (const auto defect = manifest_defect(*manifest)) refuse(canonical, "bad manifest: " + *defect);
  return std::shared_ptr<const PluginLibrary>(new PluginLibrary(canonical, &info, *manifest));
}

std::filesystem::path PluginLibrary::resource_dir() const {
  return path_.parent_path() / manifest_.name;
}

bool PluginLibrary::can_train() const {
  // A plugin built for API 1.0 has a shorter info struct without the trainer fields.
  return info_->struct_size >= sizeof(StrataPluginInfo) && info_->create_trainer != nullptr &&
         info_->destroy_trainer != nullptr;
}

TrainerHandle PluginLibrary::create_trainer(const PluginContext& context) const {
  if (!can_train()) throw PluginError("plugin '" + manifest_.name + "' cannot be trained");
  Trainer* trainer = nullptr;
  try {
    trainer = info_->create_trainer(&context);
  } catch (const std::exception& e) {
    throw PluginError("plugin '" + manifest_.name + "' could not start training: " + e.what());
  } catch (...) {
    throw PluginError("plugin '" + manifest_.name + "' could not start training");
  }
  if (trainer == nullptr) throw PluginError("plugin '" + manifest_.name + "' created no trainer");
  auto destroy = info_->destroy_trainer;
  return TrainerHandle(trainer, [destroy](Trainer* t) { destroy(t); });
}

AnnotatorHandle PluginLibrary::create(const PluginContext& context) const {
  Annotator* annotator = nullptr;
  try {
    annotator = info_->create(&context);
  } catch (const std::exception& e) {
    throw PluginError("plugin '" + manifest_.name + "' could not start: " + e.what());
  } catch (...) {
    throw PluginError("plugin '" + manifest_.name + "' could not start (unknown exception)");
  }
  if (annotator == nullptr) throw PluginError("plugin '" + manifest_.name + "' created nothing");
  auto destroy = info_->destroy;
  return AnnotatorHandle(annotator, [destroy](Annotator* a) { destroy(a); });
}

}  // namespace strata::host
