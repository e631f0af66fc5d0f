#include "chain_hash.hpp"

#include "stable_hash.hpp"

namespace strata::host {

std::string chain_hash(const formats::RunInfo& run, std::string_view format,
                       std::string_view language) {
  // Fields end with a byte no name or value holds, so "ab"+"c" and "a"+"bc" differ.
  std::string description;
  const auto field = [&description](std::string_view value) {
    description += value;
    description += '\x1f';
  };
  field(run.program_version);
  field(format);
  field(language);
  for (const auto& plugin : run.plugins) {
    field(plugin.name);
    field(plugin.version);
    for (const auto& [option, value] : plugin.options) {
      field(option);
      field(value);
    }
    description += '\x1e';
  }
  return stable_hash_hex(description);
}

}  // namespace strata::host
