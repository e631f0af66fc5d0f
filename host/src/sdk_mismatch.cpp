#include "sdk_mismatch.hpp"

#include <cxxabi.h>

#include <cstdlib>
#include <memory>

#include "strata/version.hpp"

namespace strata::host {
namespace {

constexpr std::string_view kSdkLibrary = "libstrata_sdk.so.";
constexpr std::string_view kUndefined = "undefined symbol: ";

std::string host_version() {
  return std::to_string(STRATA_API_MAJOR) + "." + std::to_string(STRATA_API_MINOR);
}

// Whether a mangled name is in namespace strata: "_ZN6strata...", "_ZNK6strata...", and the
// vtables and type_info of its classes ("_ZTVN6strata...").
bool is_sdk_symbol(std::string_view symbol) {
  if (!symbol.starts_with("_Z")) return false;
  const std::size_t nested = symbol.find('N');
  if (nested == std::string_view::npos || nested > 4) return false;
  std::string_view rest = symbol.substr(nested + 1);
  if (rest.starts_with('K')) rest.remove_prefix(1);
  return rest.starts_with("6strata");
}

std::string demangled(const std::string& symbol) {
  int status = 0;
  const std::unique_ptr<char, void (*)(void*)> name(
      abi::__cxa_demangle(symbol.c_str(), nullptr, nullptr, &status), std::free);
  return status == 0 && name ? std::string(name.get()) : symbol;
}

}  // namespace

std::string other_major_refusal(const std::string& plugin_version) {
  return "wrong SDK API version: the plugin was built for SDK API " + plugin_version +
         ", this strata supports " + std::to_string(STRATA_API_MAJOR) +
         ".x; rebuild the plugin against SDK " + host_version();
}

std::optional<std::string> linked_sdk_refusal(const std::vector<std::string>& needed) {
  for (const std::string& library : needed) {
    if (!library.starts_with(kSdkLibrary)) continue;
    const std::string major = library.substr(kSdkLibrary.size());
    if (major != std::to_string(STRATA_API_MAJOR)) {
      return other_major_refusal(major + ".x (it links " + library + ")");
    }
  }
  return std::nullopt;
}

std::string explained_load_error(const std::string& loader_message) {
  const std::size_t at = loader_message.find(kUndefined);
  if (at == std::string::npos) return loader_message;
  const std::string symbol = loader_message.substr(at + kUndefined.size());
  if (!is_sdk_symbol(symbol)) return loader_message;
  return "the plugin was built against a newer SDK than this strata's (SDK API " + host_version() +
         "): it uses " + demangled(symbol) +
         ", which this SDK does not have; update strata, or rebuild the plugin against SDK " +
         host_version() + " (" + loader_message + ")";
}

}  // namespace strata::host
