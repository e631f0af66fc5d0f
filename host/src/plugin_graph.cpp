#include "plugin_graph.hpp"

#include <algorithm>
#include <iostream>
#include <map>

#include "chain.hpp"
#include "commands.hpp"
#include "plugin_info.hpp"
#include "setup_error.hpp"

namespace strata::host {
namespace {

// A DOT ID in double quotes: only '"' and '\' need escaping there.
std::string dot_quoted(const std::string& text) {
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + '"';
}

std::string as_text(const std::vector<const Manifest*>& chain) {
  std::string text;
  for (const Manifest* m : chain) {
    text +=
        m->name + ": " + listed(m->required_layers) + " -> " + listed(m->provided_layers) + "\n";
  }
  return text;
}

// An edge of the graph: `to` requires these layers, which `from` provides.
struct Feed {
  std::string from;
  std::string to;
  std::vector<std::string> layers;
};

// The edges, grouped by provider in the order each plugin lists its requirements. Throws
// SetupError if a requirement has no earlier provider.
std::vector<Feed> feeds_of(const std::vector<const Manifest*>& chain) {
  std::vector<Feed> feeds;
  std::map<std::string, std::string> provider_of;  // layer -> the plugin that provides it
  for (const Manifest* m : chain) {
    const auto first_of_mine = feeds.size();
    for (const auto& layer : m->required_layers) {
      const auto provider = provider_of.find(layer);
      if (provider == provider_of.end()) {
        throw SetupError("plugin '" + m->name + "' requires layer '" + layer +
                         "', which no earlier plugin of the chain provides");
      }
      auto feed =
          std::find_if(feeds.begin() + static_cast<std::ptrdiff_t>(first_of_mine), feeds.end(),
                       [&](const Feed& f) { return f.from == provider->second; });
      if (feed == feeds.end()) feed = feeds.insert(feeds.end(), {provider->second, m->name, {}});
      feed->layers.push_back(layer);
    }
    for (const auto& layer : m->provided_layers) provider_of[layer] = m->name;
  }
  return feeds;
}

std::string as_dot(const std::vector<const Manifest*>& chain, const std::vector<Feed>& feeds) {
  std::string dot = "digraph strata_chain {\n  rankdir=LR;\n";
  for (const Manifest* m : chain) dot += "  " + dot_quoted(m->name) + ";\n";
  for (const auto& feed : feeds) {
    dot += "  " + dot_quoted(feed.from) + " -> " + dot_quoted(feed.to) +
           " [label=" + dot_quoted(listed(feed.layers)) + "];\n";
  }
  return dot + "}\n";
}

}  // namespace

GraphFormat graph_format_named(const std::string& name) {
  if (name == "text") return GraphFormat::text;
  if (name == "dot") return GraphFormat::dot;
  throw SetupError("unknown --format '" + name + "' for plugins graph (expected text or dot)");
}

std::string chain_graph(const std::vector<const Manifest*>& chain, GraphFormat format) {
  const auto feeds = feeds_of(chain);  // checks the order for both formats
  return format == GraphFormat::dot ? as_dot(chain, feeds) : as_text(chain);
}

int print_chain_graph(PluginFinder& finder, const std::string& plugins,
                      const std::string& chain_file, GraphFormat format) {
  if (!plugins.empty() && !chain_file.empty()) {
    throw SetupError("give either -c (a chain file) or -p (a plugin list), not both");
  }
  ChainFile chain = chain_file.empty() ? ChainFile{} : read_chain_file(chain_file);
  if (chain_file.empty()) {
    chain.plugins = plugins.empty() ? default_chain(finder) : split_list(plugins);
  }
  const auto steps = build_chain(chain, finder);
  std::vector<const Manifest*> manifests;
  for (const auto& step : steps) manifests.push_back(&step.plugin->manifest());
  std::cout << chain_graph(manifests, format);
  return kSuccess;
}

}  // namespace strata::host
