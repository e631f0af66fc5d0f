// strata plugins list|info|graph: what is installed, what one plugin declares, and how a
// chain's plugins feed each other.
#include <boost/program_options.hpp>
#include <iostream>
#include <map>

#include "argument_checks.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "logging.hpp"
#include "plugin_finder.hpp"
#include "plugin_graph.hpp"
#include "plugin_info.hpp"
#include "plugins_check.hpp"
#include "setup_error.hpp"
#include "text_list.hpp"

namespace po = boost::program_options;

namespace strata::host {
namespace {

int list_plugins(PluginFinder& finder) {
  std::cout << "NAME\tVERSION\tPROVIDES\tREQUIRES\tFILE\n";
  int broken = 0;
  std::map<std::string, std::filesystem::path> first_of;  // plugin name: the file -p NAME loads
  for (const auto& file : finder.plugin_files()) {
    try {
      const auto plugin = finder.find(file.string());
      const Manifest& m = plugin->manifest();
      // A copy being worked on, say, in a --plugin-path folder: only one of the two ever runs.
      const auto [first, fresh] = first_of.emplace(m.name, plugin->path());
      if (!fresh) {
        spdlog::warn("{}: plugin '{}' is hidden by {}, found first", plugin->path().string(),
                     m.name, first->second.string());
      }
      std::cout << m.name << '\t' << m.version << '\t' << listed(m.provided_layers) << '\t'
                << listed(m.required_layers) << '\t' << plugin->path().string() << '\n';
    } catch (const SetupError& e) {
      ++broken;
      spdlog::warn("{}", e.what());
    }
  }
  if (broken > 0) spdlog::warn("{} plugin file(s) could not be loaded", broken);
  return kSuccess;
}

}  // namespace

int run_plugins(const std::vector<std::string>& arguments) {
  std::vector<std::string> words;
  std::vector<std::string> plugin_paths;
  std::string format;
  std::string plugins;
  std::string chain_file;
  CommandLine line{"plugins", po::options_description(
                                  "strata plugins list|info NAME|PATH|graph [-p LIST|-c FILE]")};
  line.visible.add_options()("help,h", "show this help")(
      "plugin-path", po::value(&plugin_paths)->composing(), "extra plugin directory")(
      "format", po::value(&format), "info: text (default) or json; graph: text (default) or dot")(
      "plugins,p", po::value(&plugins)->notifier(refuse_no_plugin("-p")),
      "graph: plugins of the chain, comma-separated")(
      "chain,c", po::value(&chain_file)->notifier(refuse_empty("-c")),
      "graph: chain file (INI) naming the plugins");
  line.hidden.add_options()("words", po::value(&words)->composing(), "list, or info NAME|PATH");
  line.positional.add("words", -1);
  return run_command(arguments, line, [&] {
    PluginFinder finder(PluginFinder::search_folders(plugin_paths));
    const bool graph = words.size() == 1 && words[0] == "graph";
    if (!graph && !(plugins.empty() && chain_file.empty())) {
      throw SetupError("-p and -c belong to 'strata plugins graph'");
    }
    const bool takes_format = graph || (!words.empty() && words[0] == "info");
    if (!takes_format && !format.empty()) {
      throw SetupError("--format belongs to 'strata plugins info' and 'strata plugins graph'");
    }
    if (words.size() == 1 && words[0] == "list") return list_plugins(finder);
    const std::string format_name = format.empty() ? "text" : format;
    if (graph) {
      return print_chain_graph(finder, plugins, chain_file, graph_format_named(format_name));
    }
    if (words.size() == 2 && words[0] == "info") {
      return describe_plugin(finder, words[1], info_format_named(format_name));
    }
    if (words.size() == 2 && words[0] == "check") {
      return check_plugin(words[1], plugin_paths, std::cout);
    }
    throw SetupError(
        "expected 'strata plugins list', 'strata plugins info NAME|PATH', 'strata plugins check "
        "NAME|PATH' or 'strata plugins graph'");
  });
}

}  // namespace strata::host
