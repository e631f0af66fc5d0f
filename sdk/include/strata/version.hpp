// The SDK's API version and the ABI fingerprint that host and plugins must share.
#pragma once

#include <boost/version.hpp>
#include <cstddef>  // defines __GLIBCXX__ and _GLIBCXX_USE_CXX11_ABI

// Bump the major version for any change that breaks plugins built against an older SDK; bump the
// minor version for additions an older plugin can ignore.
#define STRATA_API_MAJOR 1
// 1.1: StrataPluginInfo::create_trainer; 1.2: lexicon_files; 1.3: Document::token_index;
// 1.4: Layer::features as FeatureView; 1.5: Layer::StringId, Layer::ids_by_offset into a vector,
// WorkspacePool; 1.6: Layer::has_string; 1.7: Layer::feature_keys
#define STRATA_API_MINOR 7

#define STRATA_STRINGIFY_IMPL(x) #x
#define STRATA_STRINGIFY(x) STRATA_STRINGIFY_IMPL(x)

#if defined(__clang__)
#define STRATA_ABI_COMPILER \
  "clang-" STRATA_STRINGIFY(__clang_major__) "." STRATA_STRINGIFY(__clang_minor__)
#elif defined(__GNUC__)
#define STRATA_ABI_COMPILER "gcc-" STRATA_STRINGIFY(__GNUC__) "." STRATA_STRINGIFY(__GNUC_MINOR__)
#else
#define STRATA_ABI_COMPILER "unknown-compiler"
#endif

#if defined(__GLIBCXX__)
#define STRATA_ABI_STDLIB \
  "libstdc++-" STRATA_STRINGIFY(__GLIBCXX__) "-cxx11abi" STRATA_STRINGIFY(_GLIBCXX_USE_CXX11_ABI)
#elif defined(_LIBCPP_VERSION)
#define STRATA_ABI_STDLIB "libc++-" STRATA_STRINGIFY(_LIBCPP_VERSION)
#else
#define STRATA_ABI_STDLIB "unknown-stdlib"
#endif

// _GLIBCXX_DEBUG changes the layout of every standard container, so it is part of the ABI; the
// ordinary Debug/Release difference (optimisation, assertions) is not.
#if defined(_GLIBCXX_DEBUG)
#define STRATA_ABI_CONTAINERS "debug-containers"
#else
#define STRATA_ABI_CONTAINERS "release-containers"
#endif

// Everything that must match between the host and a plugin for C++ objects to cross between them.
#define STRATA_ABI_FINGERPRINT              \
  STRATA_ABI_COMPILER ";" STRATA_ABI_STDLIB \
                      ";boost-" STRATA_STRINGIFY(BOOST_VERSION) ";" STRATA_ABI_CONTAINERS

namespace strata {

// The API version and ABI fingerprint this copy of the SDK was compiled with.
struct SdkVersion {
  int major;
  int minor;
  const char* abi_fingerprint;
};

// The version of the SDK library actually loaded in this process.
SdkVersion sdk_version() noexcept;

}  // namespace strata
