// strata plugins graph: the chain's plugins, in run order, and the layers each feeds the next,
// as text and as Graphviz DOT.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "strata_process.hpp"

namespace strata::testing {
namespace {

// The nodes and edges ("a -> b [layers]") of a DOT digraph as plugins graph writes it: enough
// of DOT to check the graph, not a parser for DOT in general.
struct DotGraph {
  std::set<std::string> nodes;
  std::set<std::string> edges;
};

DotGraph parse_dot(const std::string& dot) {
  EXPECT_TRUE(dot.starts_with("digraph ")) << dot;
  EXPECT_TRUE(dot.ends_with("}\n")) << dot;
  static const std::regex node(R"re(^\s*"([^"]+)";$)re");
  static const std::regex edge(R"re(^\s*"([^"]+)" -> "([^"]+)" \[label="([^"]*)"\];$)re");
  DotGraph graph;
  std::istringstream lines(dot);
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (std::regex_match(line, match, node)) graph.nodes.insert(match[1]);
    if (std::regex_match(line, match, edge)) {
      graph.edges.insert(match[1].str() + " -> " + match[2].str() + " [" + match[3].str() + "]");
    }
  }
  return graph;
}

TEST(PluginsGraph, DefaultChainAsTextInRunOrder) {
  const auto result = run_strata({"plugins", "graph"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "tokens: - -> tokens,sentences,paragraphs\n"
            "entities: tokens,sentences -> entities\n"
            "quotations: tokens,sentences,entities -> quotations\n"
            "sentiment: tokens,sentences -> sentiment,entity-sentiment\n"
            "legal: tokens -> citations\n");
}

TEST(PluginsGraph, DefaultChainAsDot) {
  const auto result = run_strata({"plugins", "graph", "--format", "dot"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto graph = parse_dot(result.out);
  EXPECT_EQ(graph.nodes,
            (std::set<std::string>{"tokens", "entities", "quotations", "sentiment", "legal"}));
  EXPECT_EQ(graph.edges,
            (std::set<std::string>{
                "tokens -> entities [tokens,sentences]", "tokens -> quotations [tokens,sentences]",
                "entities -> quotations [entities]", "tokens -> sentiment [tokens,sentences]",
                "tokens -> legal [tokens]"}));
}

TEST(PluginsGraph, PluginListIsPutInRunOrder) {
  const auto result = run_strata(
      {"plugins", "graph", "-p", "counter,tokens", "--plugin-path", fixture_plugin_dir().string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "tokens: - -> tokens,sentences,paragraphs\n"
            "counter: tokens -> counts\n");
}

TEST(PluginsGraph, ChainFile) {
  const ScratchDir dir;
  write_file(dir / "chain.ini", "plugins = legal, tokens\n[legal]\n");
  const auto result =
      run_strata({"plugins", "graph", "-c", (dir / "chain.ini").string(), "--format", "dot"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto graph = parse_dot(result.out);
  EXPECT_EQ(graph.nodes, (std::set<std::string>{"tokens", "legal"}));
  EXPECT_EQ(graph.edges, (std::set<std::string>{"tokens -> legal [tokens]"}));
}

TEST(PluginsGraph, UnknownPluginIsAnError) {
  const auto result = run_strata({"plugins", "graph", "-p", "tokens,nosuch"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no plugin named 'nosuch'"), std::string::npos) << result.err;
  EXPECT_EQ(result.out, "");
}

TEST(PluginsGraph, MissingRequirementIsAnError) {
  const auto result = run_strata({"plugins", "graph", "-p", "quotations,tokens"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("plugin 'quotations' requires layer 'entities', which no plugin of "
                            "the chain provides"),
            std::string::npos)
      << result.err;
}

TEST(PluginsGraph, BadUsageIsAnError) {
  EXPECT_NE(run_strata({"plugins", "graph", "--format", "svg"})
                .err.find("unknown --format 'svg' for plugins graph (expected text or dot)"),
            std::string::npos);
  EXPECT_NE(run_strata({"plugins", "graph", "-p", "tokens", "-c", "x.ini"})
                .err.find("give either -c (a chain file) or -p (a plugin list), not both"),
            std::string::npos);
  const auto misplaced = run_strata({"plugins", "list", "-p", "tokens"});
  EXPECT_EQ(misplaced.exit_code, 2);
  EXPECT_NE(misplaced.err.find("-p and -c belong to 'strata plugins graph'"), std::string::npos);
}

}  // namespace
}  // namespace strata::testing
