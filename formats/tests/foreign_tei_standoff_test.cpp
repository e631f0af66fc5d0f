// write_foreign_standoff: the bytes of parsing the standOff into a tree and printing it.
#include "foreign_tei_standoff.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "strata/error.hpp"
#include "xml_id_prefix.hpp"

namespace strata::formats {
namespace {

const std::function<void(pugi::xml_node)> kPrefix = [](pugi::xml_node node) {
  prefix_xml_ids(node, "s.");
};

// What the writer did before: the standOff parsed whole, `crossing` first, an id added, every
// id prefixed, printed.
std::string as_a_tree(const std::string& layers, pugi::xml_node crossing) {
  pugi::xml_document tree;
  if (!layers.empty()) {
    EXPECT_TRUE(tree.load_buffer(layers.data(), layers.size(),
                                 pugi::parse_default | pugi::parse_ws_pcdata));
  }
  pugi::xml_node standoff = tree.document_element();
  if (!standoff) standoff = tree.append_child("standOff");
  if (crossing) standoff.prepend_copy(crossing);
  standoff.append_attribute("xml:id").set_value("standOff");
  prefix_xml_ids(standoff, "s.");
  std::ostringstream out;
  standoff.print(out, "", pugi::format_raw, pugi::encoding_utf8);
  return std::move(out).str();
}

std::string streamed(const std::string& layers, pugi::xml_node crossing) {
  std::ostringstream out;
  std::istringstream in(layers);
  write_foreign_standoff(in, crossing, kPrefix, out);
  return std::move(out).str();
}

// Layers of `count` spans each, with features, entities and a ">" in attribute values, the
// first span's text `pad` bytes longer.
std::string layers_of(int count, int pad = 0) {
  std::string xml = "  <standOff>\n";
  for (const char* layer : {"sentences", "entities"}) {
    xml += std::string("    <spanGrp type=\"") + layer + "\" resp=\"#app.x\">\n";
    for (int i = 0; i < count; ++i) {
      const std::string id = std::string(layer) + "-" + std::to_string(i);
      xml += "      <span xml:id=\"" + id + "\" from=\"#w" + std::to_string(i) + "\" to=\"#w" +
             std::to_string(i + 1) + "\" type=\"a&gt;b\"><fs><f name=\"n\"><string>x &amp; " +
             "y\n z</string></f></fs></span>\n";
    }
    xml += "    </spanGrp>\n";
  }
  xml.insert(xml.find("x &amp;"), static_cast<std::size_t>(pad), 'p');
  xml += "    <spanGrp type=\"empty\"></spanGrp>\n    <linkGrp type=\"l\"/>\n";
  return xml + "  </standOff>\n";
}

TEST(ForeignStandoff, IsWhatTheTreeWasAcrossChunks) {
  const std::string layers = layers_of(2000);
  ASSERT_GT(layers.size(), 3u * 64 * 1024);
  pugi::xml_document crossing;
  crossing.append_child("spanGrp").append_child("span").append_attribute("xml:id").set_value("w9");
  EXPECT_EQ(streamed(layers, crossing.first_child()), as_a_tree(layers, crossing.first_child()));
  EXPECT_EQ(streamed(layers, {}), as_a_tree(layers, {}));
}

TEST(ForeignStandoff, CrossingTokensAloneOrNothing) {
  pugi::xml_document crossing;
  crossing.append_child("spanGrp").append_child("span");
  EXPECT_EQ(streamed("", crossing.first_child()), as_a_tree("", crossing.first_child()));
  EXPECT_EQ(streamed("", {}), "");
}

// The standOff is read 64 KB at a time: with these sizes the first read ends in every part of a
// span (a tag, an attribute value, a text, between elements).
TEST(ForeignStandoff, ReadsEndAnywhere) {
  const std::size_t span = layers_of(200, 0).size() - layers_of(199, 0).size();
  for (int pad = 0; pad < static_cast<int>(span); ++pad) {
    const std::string layers = layers_of(200, pad);
    ASSERT_EQ(streamed(layers, {}), as_a_tree(layers, {})) << pad << " bytes more";
  }
}

// ... and in every part of the end of a layer and the start of the next.
TEST(ForeignStandoff, ReadsEndAnywhereBetweenLayers) {
  const std::size_t layer_end = layers_of(200).find("</spanGrp>");
  ASSERT_LT(layer_end, 64u * 1024);
  for (std::size_t before = 0; before < 60; ++before) {
    const auto pad = static_cast<int>(64 * 1024 - layer_end - 30 + before);
    const std::string layers = layers_of(200, pad);
    ASSERT_EQ(streamed(layers, {}), as_a_tree(layers, {})) << pad << " bytes more";
  }
}

TEST(ForeignStandoff, MalformedIsAnError) {
  EXPECT_THROW(streamed("<standOff><spanGrp", {}), Error);
  EXPECT_THROW(streamed("<standOff><spanGrp>", {}), Error);
}

}  // namespace
}  // namespace strata::formats
