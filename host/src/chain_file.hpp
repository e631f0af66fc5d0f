// Chain files: which plugins run, in which language, with which options.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace strata::host {

// One option value for one plugin, with where it was set (for error messages).
struct OptionSetting {
  std::string plugin;
  std::string option;
  std::string value;
  std::string origin;  // "chain.ini:12" or "--set"
};

// The content of a chain file.
struct ChainFile {
  std::vector<std::string> plugins;  // as listed; the host reorders them by their contracts
  std::string plugins_origin;        // "chain.ini:2", the line that listed them; "" for -p
  std::optional<std::string> language;
  std::vector<OptionSetting> settings;
};

// Reads a chain file in Boost.Program_options' config-file syntax:
//
//   # comment
//   plugins = tokens, entities
//   language = it
//   [entities]
//   gazetteer = true
//
// Throws SetupError naming the file and line of anything it cannot accept.
ChainFile read_chain_file(const std::filesystem::path& path);

// Parses a --set argument "plugin.option=value". Throws SetupError.
OptionSetting parse_set_argument(const std::string& argument);
// Parses every --set argument, in order. Throws SetupError for one that cannot be parsed and for
// an option set twice, as a chain file refuses it: the first value would be dropped unseen.
std::vector<OptionSetting> parse_set_arguments(const std::vector<std::string>& arguments);

// Splits "a, b,c" into {"a", "b", "c"}; empty items are dropped.
std::vector<std::string> split_list(const std::string& list);

}  // namespace strata::host
