#include "plugin_graph.hpp"

#include <gtest/gtest.h>

#include "setup_error.hpp"

namespace strata::host {
namespace {

Manifest manifest(std::string name, std::vector<std::string> required,
                  std::vector<std::string> provided) {
  Manifest m;
  m.name = std::move(name);
  m.required_layers = std::move(required);
  m.provided_layers = std::move(provided);
  return m;
}

const Manifest kTok = manifest("tok", {}, {"tokens", "sentences"});
const Manifest kNer = manifest("ner", {"tokens", "sentences"}, {"entities"});
const Manifest kQuotes = manifest("quotes", {"tokens", "entities", "sentences"}, {"quotations"});

TEST(ChainGraph, TextIsOneLinePerPluginInRunOrder) {
  EXPECT_EQ(chain_graph({&kTok, &kNer, &kQuotes}, GraphFormat::text),
            "tok: - -> tokens,sentences\n"
            "ner: tokens,sentences -> entities\n"
            "quotes: tokens,entities,sentences -> quotations\n");
}

TEST(ChainGraph, DotHasANodePerPluginAndAnEdgePerProviderWithItsLayers) {
  EXPECT_EQ(chain_graph({&kTok, &kNer, &kQuotes}, GraphFormat::dot),
            "digraph strata_chain {\n"
            "  rankdir=LR;\n"
            "  \"tok\";\n"
            "  \"ner\";\n"
            "  \"quotes\";\n"
            "  \"tok\" -> \"ner\" [label=\"tokens,sentences\"];\n"
            "  \"tok\" -> \"quotes\" [label=\"tokens,sentences\"];\n"
            "  \"ner\" -> \"quotes\" [label=\"entities\"];\n"
            "}\n");
}

TEST(ChainGraph, DotEscapesQuotesInNames) {
  const Manifest odd = manifest("a\"b", {}, {"x"});
  EXPECT_NE(chain_graph({&odd}, GraphFormat::dot).find("  \"a\\\"b\";\n"), std::string::npos);
}

TEST(ChainGraph, RefusesARequirementWithoutAnEarlierProvider) {
  for (const auto format : {GraphFormat::text, GraphFormat::dot}) {
    try {
      chain_graph({&kNer, &kTok}, format);
      ADD_FAILURE() << "no error";
    } catch (const SetupError& e) {
      EXPECT_STREQ(e.what(),
                   "plugin 'ner' requires layer 'tokens', which no earlier plugin of the chain "
                   "provides");
    }
  }
}

TEST(ChainGraph, FormatNames) {
  EXPECT_EQ(graph_format_named("dot"), GraphFormat::dot);
  EXPECT_EQ(graph_format_named("text"), GraphFormat::text);
  EXPECT_THROW(graph_format_named("svg"), SetupError);
}

}  // namespace
}  // namespace strata::host
