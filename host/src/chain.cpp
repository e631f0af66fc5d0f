#include "chain.hpp"

#include <algorithm>
#include <set>

#include "setup_error.hpp"
#include "strata/error.hpp"
#include "text_list.hpp"

namespace strata::host {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

[[noreturn]] void missing_layer(const Manifest& needer, const std::string& layer,
                                const ProviderLookup& installed_providers) {
  const auto providers = installed_providers(layer);
  throw SetupError("plugin '" + needer.name + "' requires layer '" + layer +
                   "', which no plugin of the chain provides" +
                   (providers.empty() ? "; no installed plugin provides it"
                                      : "; add one of the installed plugins that provide it: " +
                                            joined(providers)));
}

void check_single_providers(const std::vector<const Manifest*>& manifests) {
  std::map<std::string, std::string> provider_of;
  for (const Manifest* m : manifests) {
    for (const auto& layer : m->provided_layers) {
      auto [it, fresh] = provider_of.emplace(layer, m->name);
      if (!fresh) {
        throw SetupError("layer '" + layer + "' is provided by both '" + it->second + "' and '" +
                         m->name + "'; keep one of them in the chain");
      }
    }
  }
}

const OptionSpec* find_option(const Manifest& manifest, const std::string& name) {
  for (const auto& spec : manifest.options) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::vector<std::string> option_names(const Manifest& manifest) {
  std::vector<std::string> names;
  for (const auto& spec : manifest.options) names.push_back(spec.name);
  return names;
}

}  // namespace

std::vector<std::size_t> order_by_contracts(const std::vector<const Manifest*>& manifests,
                                            const ProviderLookup& installed_providers,
                                            bool inputs_have_layers) {
  check_single_providers(manifests);
  // Layers no plugin of the chain provides are expected from the input, if it can have any.
  std::set<std::string> available;
  for (const Manifest* m : manifests) {
    for (const auto& layer : m->required_layers) {
      const bool provided = std::any_of(manifests.begin(), manifests.end(), [&](const Manifest* p) {
        return contains(p->provided_layers, layer);
      });
      if (!provided && !inputs_have_layers) missing_layer(*m, layer, installed_providers);
      if (!provided) available.insert(layer);
    }
  }
  // Repeatedly take the first plugin, in the given order, whose requirements are all met.
  std::vector<std::size_t> order;
  std::vector<bool> placed(manifests.size(), false);
  while (order.size() < manifests.size()) {
    bool progressed = false;
    for (std::size_t i = 0; i < manifests.size() && !progressed; ++i) {
      if (placed[i]) continue;
      const auto& required = manifests[i]->required_layers;
      if (std::all_of(required.begin(), required.end(),
                      [&](const std::string& l) { return available.count(l) > 0; })) {
        placed[i] = true;
        order.push_back(i);
        available.insert(manifests[i]->provided_layers.begin(),
                         manifests[i]->provided_layers.end());
        progressed = true;
      }
    }
    if (!progressed) {
      std::vector<std::string> stuck;
      for (std::size_t i = 0; i < manifests.size(); ++i) {
        if (!placed[i]) stuck.push_back(manifests[i]->name);
      }
      throw SetupError("plugins " + joined(stuck) + " require each other's layers in a cycle");
    }
  }
  return order;
}

Options resolve_options(const Manifest& manifest, const std::vector<OptionSetting>& settings) {
  Options options;
  for (const auto& spec : manifest.options) {
    try {
      options.set(spec.name, parse_option_value(spec.type, spec.default_value));
    } catch (const Error& e) {
      throw SetupError("plugin '" + manifest.name + "': bad default for option '" + spec.name +
                       "': " + e.what());
    }
  }
  for (const auto& setting : settings) {
    const OptionSpec* spec = find_option(manifest, setting.option);
    if (spec == nullptr) {
      const auto known = option_names(manifest);
      throw SetupError(
          setting.origin + ": plugin '" + manifest.name + "' has no option '" + setting.option +
          "'" + (known.empty() ? " (it takes none)" : " (its options: " + joined(known) + ")"));
    }
    try {
      options.set(spec->name, parse_option_value(spec->type, setting.value));
    } catch (const Error& e) {
      throw SetupError(setting.origin + ": option '" + manifest.name + "." + setting.option +
                       "' is " + std::string(to_string(spec->type)) + ": " + e.what());
    }
  }
  return options;
}

std::vector<ChainStep> build_chain(const std::vector<std::string>& plugin_names,
                                   const std::vector<OptionSetting>& settings, PluginFinder& finder,
                                   bool inputs_have_layers) {
  ChainFile chain;
  chain.plugins = plugin_names;
  chain.settings = settings;
  return build_chain(chain, finder, inputs_have_layers);
}

std::vector<ChainStep> build_chain(const ChainFile& chain, PluginFinder& finder,
                                   bool inputs_have_layers) {
  // A problem of the plugin list is said at the chain file's line that lists the plugins.
  const std::string where = chain.plugins_origin.empty() ? "" : chain.plugins_origin + ": ";
  std::vector<std::shared_ptr<const PluginLibrary>> plugins;
  std::vector<std::string> names;
  for (const auto& name : chain.plugins) {
    try {
      plugins.push_back(finder.find(name));
    } catch (const PluginError& e) {
      if (where.empty()) throw;
      throw PluginError(where + e.what());
    }
    if (contains(names, plugins.back()->manifest().name)) {
      throw SetupError(where + "plugin '" + plugins.back()->manifest().name +
                       "' is in the chain twice");
    }
    names.push_back(plugins.back()->manifest().name);
  }
  for (const auto& setting : chain.settings) {
    if (!contains(names, setting.plugin)) {
      throw SetupError(setting.origin + ": '" + setting.plugin +
                       "' is not a plugin of the chain (" + joined(names) + ")");
    }
  }

  std::vector<const Manifest*> manifests;
  for (const auto& plugin : plugins) manifests.push_back(&plugin->manifest());
  const ProviderLookup installed_providers = [&finder](const std::string& layer) {
    std::vector<std::string> providers;
    for (const auto& file : finder.plugin_files()) {
      try {
        const auto plugin = finder.find(file.string());
        if (contains(plugin->manifest().provided_layers, layer)) {
          providers.push_back(plugin->manifest().name);
        }
      } catch (const SetupError&) {
        // A broken plugin cannot be suggested; it is reported when it is used.
      }
    }
    return providers;
  };
  std::vector<std::size_t> order;
  try {
    order = order_by_contracts(manifests, installed_providers, inputs_have_layers);
  } catch (const SetupError& e) {  // two providers of a layer, a cycle, a layer none provides
    if (where.empty()) throw;
    throw SetupError(where + e.what());
  }

  std::vector<ChainStep> steps;
  for (std::size_t i : order) {
    std::vector<OptionSetting> mine;
    std::copy_if(chain.settings.begin(), chain.settings.end(), std::back_inserter(mine),
                 [&](const OptionSetting& s) { return s.plugin == names[i]; });
    ChainStep& step =
        steps.emplace_back(ChainStep{plugins[i], resolve_options(*manifests[i], mine), {}});
    for (const OptionSetting& s : mine) step.option_origins.emplace_back(s.option, s.origin);
  }
  return steps;
}

const std::vector<std::string>& builtin_plugin_names() {
  static const std::vector<std::string> names = {"tokens", "entities", "quotations", "sentiment",
                                                 "legal"};
  return names;
}

std::vector<std::string> default_chain(const PluginFinder& finder) {
  std::vector<std::string> names;
  for (const auto& name : builtin_plugin_names()) {
    if (finder.locate(name)) names.push_back(name);
  }
  if (names.empty()) {
    throw SetupError("no built-in plugin is installed (searched the plugin folders); give -p");
  }
  return names;
}

}  // namespace strata::host
