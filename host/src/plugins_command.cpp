// strata plugins list|info: what is installed, and what one plugin declares.
#include <boost/program_options.hpp>
#include <iostream>

#include "command_line.hpp"
#include "commands.hpp"
#include "logging.hpp"
#include "plugin_finder.hpp"
#include "setup_error.hpp"
#include "text_list.hpp"

namespace po = boost::program_options;

namespace strata::host {
namespace {

std::string listed(const std::vector<std::string>& items, const char* if_empty = "-") {
  return joined(items, ",", if_empty);
}

int list_plugins(PluginFinder& finder) {
  std::cout << "NAME\tVERSION\tPROVIDES\tREQUIRES\tFILE\n";
  int broken = 0;
  for (const auto& file : finder.plugin_files()) {
    try {
      const auto plugin = finder.find(file.string());
      const Manifest& m = plugin->manifest();
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

int describe_plugin(PluginFinder& finder, const std::string& name_or_path) {
  const auto plugin = finder.find(name_or_path);
  const Manifest& m = plugin->manifest();
  std::cout << "name:        " << m.name << "\nversion:     " << m.version
            << "\ndescription: " << m.description << "\nfile:        " << plugin->path().string()
            << "\nlanguages:   " << listed(m.languages, "any")
            << "\nrequires:    " << listed(m.required_layers)
            << "\nprovides:    " << listed(m.provided_layers)
            << "\nconcurrency: " << (m.concurrency == Concurrency::shared ? "shared" : "per-worker")
            << "\noptions:";
  if (m.options.empty()) std::cout << "     none";
  std::cout << '\n';
  for (const auto& spec : m.options) {
    std::cout << "  " << spec.name << " (" << to_string(spec.type) << ", default '"
              << spec.default_value << "'): " << spec.help << '\n';
  }
  return kSuccess;
}

}  // namespace

int run_plugins(const std::vector<std::string>& arguments) {
  std::vector<std::string> words;
  std::vector<std::string> plugin_paths;
  CommandLine line{"plugins", po::options_description("strata plugins list|info NAME|PATH")};
  line.visible.add_options()("help,h", "show this help")(
      "plugin-path", po::value(&plugin_paths)->composing(), "extra plugin directory");
  line.hidden.add_options()("words", po::value(&words)->composing(), "list, or info NAME|PATH");
  line.positional.add("words", -1);
  return run_command(arguments, line, [&] {
    PluginFinder finder(PluginFinder::search_folders(plugin_paths));
    if (words.size() == 1 && words[0] == "list") return list_plugins(finder);
    if (words.size() == 2 && words[0] == "info") return describe_plugin(finder, words[1]);
    throw SetupError("expected 'strata plugins list' or 'strata plugins info NAME|PATH'");
  });
}

}  // namespace strata::host
