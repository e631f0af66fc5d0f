// The one entry point a plugin exports, and the macro that defines it.
#pragma once

#include <boost/dll/alias.hpp>
#include <cstddef>
#include <cstdint>
#include <exception>

#include "strata/annotator.hpp"
#include "strata/manifest.hpp"
#include "strata/trainer.hpp"
#include "strata/version.hpp"

// "STRA": the first field of every plugin info, so the host can tell a Strata plugin from any
// other library that happens to export a symbol of the same name.
#define STRATA_PLUGIN_MAGIC 0x41525453u

// The symbol under which a plugin exports its entry function.
#define STRATA_PLUGIN_SYMBOL "strata_plugin"

// Optional (plugins built with older headers lack it): a function `const char* () noexcept`
// giving what the manifest's exception said when StrataPluginInfo::manifest returned nullptr, so
// the host can pass the plugin's own words on.
#define STRATA_PLUGIN_MANIFEST_FAILURE_SYMBOL "strata_plugin_manifest_failure"

extern "C" {

// What a plugin's entry function returns. The first four fields keep their place in every
// version; the host reads nothing else until magic, major version, size and fingerprint match.
// Fields added by a minor version go at the end; the host reads them only when struct_size
// says the plugin has them.
struct StrataPluginInfo {
  std::uint32_t magic;        // STRATA_PLUGIN_MAGIC
  std::uint16_t api_major;    // STRATA_API_MAJOR the plugin was built with
  std::uint16_t api_minor;    // STRATA_API_MINOR the plugin was built with
  std::uint32_t struct_size;  // sizeof(StrataPluginInfo) for the plugin, so the struct can grow
  const char* abi_fingerprint;
  const char* name;
  const char* version;
  // The manifest, or nullptr if the plugin could not build it.
  const strata::Manifest* (*manifest)() noexcept;
  // A new annotator; may throw. Free it with destroy(), never with delete.
  strata::Annotator* (*create)(const strata::PluginContext* context);
  void (*destroy)(strata::Annotator* annotator) noexcept;
  // Since API 1.1. A new trainer, or nullptr for a plugin that cannot be trained; may throw.
  strata::Trainer* (*create_trainer)(const strata::PluginContext* context);
  void (*destroy_trainer)(strata::Trainer* trainer) noexcept;
};

// The size of the API 1.0 struct: the smallest a host of this major version accepts.
#define STRATA_PLUGIN_INFO_SIZE_1_0 offsetof(StrataPluginInfo, create_trainer)

// The type of the entry function.
typedef const StrataPluginInfo* StrataPluginEntry();
}

// Declares `AnnotatorClass` as this library's plugin. The class provides
//   static constexpr const char* kName = "...";     (the plugin's name, [a-z][a-z0-9_-]*)
//   static constexpr const char* kVersion = "...";
//   static strata::Manifest manifest();             (name and version are filled in from above)
//   AnnotatorClass(const strata::PluginContext&);
// Use it once, in one source file of the plugin, outside any namespace.
// Laid out by hand: one field of StrataPluginInfo a line, in the order of its declaration.
// clang-format off
#define STRATA_PLUGIN(AnnotatorClass) \
  STRATA_PLUGIN_ENTRY(AnnotatorClass, nullptr, nullptr)

// The same for a plugin that can also train its model: `TrainerClass` derives from
// strata::Trainer and has a constructor TrainerClass(const strata::PluginContext&).
#define STRATA_TRAINABLE_PLUGIN(AnnotatorClass, TrainerClass)                                   \
  namespace {                                                                                  \
  ::strata::Trainer* strata_plugin_create_trainer(const ::strata::PluginContext* context) {    \
    return new TrainerClass(*context);                                                         \
  }                                                                                            \
  void strata_plugin_destroy_trainer(::strata::Trainer* trainer) noexcept { delete trainer; }  \
  }                                                                                            \
  STRATA_PLUGIN_ENTRY(AnnotatorClass, &strata_plugin_create_trainer,                          \
                      &strata_plugin_destroy_trainer)

// The shared part of the two macros above.
#define STRATA_PLUGIN_ENTRY(AnnotatorClass, create_trainer, destroy_trainer)                   \
  namespace {                                                                                  \
  /* What manifest() threw, kept without allocating: this runs where nothing may throw. */     \
  char* strata_plugin_manifest_failure() noexcept {                                            \
    static char failure[512] = {};                                                             \
    return failure;                                                                            \
  }                                                                                            \
  void strata_plugin_note_manifest_failure(const char* what) noexcept {                        \
    char* failure = strata_plugin_manifest_failure();                                          \
    std::size_t n = 0;                                                                         \
    for (; what[n] != '\0' && n + 1 < 512; ++n) failure[n] = what[n];                          \
    failure[n] = '\0';                                                                         \
  }                                                                                            \
  const ::strata::Manifest* strata_plugin_manifest() noexcept {                                \
    try {                                                                                      \
      static const ::strata::Manifest manifest = [] {                                          \
        ::strata::Manifest m = AnnotatorClass::manifest();                                     \
        m.name = AnnotatorClass::kName;                                                        \
        m.version = AnnotatorClass::kVersion;                                                  \
        return m;                                                                              \
      }();                                                                                     \
      return &manifest;                                                                        \
    } catch (const std::exception& e) {                                                        \
      strata_plugin_note_manifest_failure(e.what());                                           \
    } catch (...) {                                                                            \
      strata_plugin_note_manifest_failure("an exception that is not a std::exception");        \
    }                                                                                          \
    return nullptr;                                                                            \
  }                                                                                            \
  ::strata::Annotator* strata_plugin_create(const ::strata::PluginContext* context) {          \
    return new AnnotatorClass(*context);                                                       \
  }                                                                                            \
  void strata_plugin_destroy(::strata::Annotator* annotator) noexcept { delete annotator; }    \
  }                                                                                            \
  extern "C" __attribute__((visibility("hidden"))) const StrataPluginInfo*                     \
  strata_plugin_entry() noexcept {                                                             \
    static constexpr StrataPluginInfo info{STRATA_PLUGIN_MAGIC,                                \
                                           STRATA_API_MAJOR,                                   \
                                           STRATA_API_MINOR,                                   \
                                           sizeof(StrataPluginInfo),                           \
                                           STRATA_ABI_FINGERPRINT,                             \
                                           AnnotatorClass::kName,                              \
                                           AnnotatorClass::kVersion,                           \
                                           &strata_plugin_manifest,                            \
                                           &strata_plugin_create,                              \
                                           &strata_plugin_destroy,                             \
                                           create_trainer,                                     \
                                           destroy_trainer};                                   \
    return &info;                                                                              \
  }                                                                                            \
  extern "C" __attribute__((visibility("hidden"))) const char*                                 \
  strata_plugin_manifest_failure_entry() noexcept {                                            \
    return strata_plugin_manifest_failure();                                                   \
  }                                                                                            \
  BOOST_DLL_ALIAS(strata_plugin_entry, strata_plugin)                                          \
  BOOST_DLL_ALIAS(strata_plugin_manifest_failure_entry, strata_plugin_manifest_failure)
// clang-format on
