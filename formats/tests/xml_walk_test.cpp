#include "xml_walk.hpp"

#include <gtest/gtest.h>

#include <string>

#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

// The names of the elements below `root` in the order next_inside gives, skipping the inside
// of elements named `skipped`.
std::string walk(const char* xml, std::string_view skipped = "") {
  pugi::xml_document tree;
  testing::parse_xml(tree, xml);
  const pugi::xml_node root = tree.document_element();
  std::string names;
  for (pugi::xml_node node = root; node;
       node = next_inside(node, root, std::string_view(node.name()) == skipped)) {
    if (node.type() == pugi::node_element) names += node.name();
  }
  return names;
}

TEST(XmlWalk, VisitsInDocumentOrderAndStaysInsideTheRoot) {
  EXPECT_EQ(walk("<r><a><b/><c>t</c></a><d/></r>"), "rabcd");
  EXPECT_EQ(walk("<r><a><b/><c/></a><d/></r>", "a"), "rad");
  pugi::xml_document tree;
  testing::parse_xml(tree, "<r><a><b/></a><c/></r>");
  const pugi::xml_node a = tree.child("r").child("a");
  EXPECT_FALSE(next_inside(a.child("b"), a));  // c lies outside a
}

}  // namespace
}  // namespace strata::formats
