// strata plugins graph: which plugin of a chain feeds which, through the layers one requires and
// another provides, as text or as Graphviz DOT.
#pragma once

#include <string>
#include <vector>

#include "plugin_finder.hpp"
#include "strata/manifest.hpp"

namespace strata::host {

// How the graph is written: one line per plugin, or a DOT digraph for Graphviz.
enum class GraphFormat { text, dot };

// "text" or "dot"; throws SetupError for anything else.
GraphFormat graph_format_named(const std::string& name);

// `chain` is in run order, every required layer provided by an earlier plugin (as build_chain
// leaves it). Text: "NAME: REQUIRES -> PROVIDES" per plugin. DOT: a node per plugin and an edge
// from each provider to each plugin that needs its layers, labelled with those layers.
std::string chain_graph(const std::vector<const Manifest*>& chain, GraphFormat format);

// Prints the graph of the chain given by `plugins` (comma-separated names or paths) or by the
// chain file `chain_file` (at most one of them), or of the default chain if both are empty, and
// returns kSuccess. Throws SetupError as `strata annotate` would for that chain: an unknown
// plugin, a bad option setting, a required layer no plugin of the chain provides.
int print_chain_graph(PluginFinder& finder, const std::string& plugins,
                      const std::string& chain_file, GraphFormat format);

}  // namespace strata::host
