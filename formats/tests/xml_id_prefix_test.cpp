#include "xml_id_prefix.hpp"

#include <gtest/gtest.h>

#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

TEST(XmlIdPrefix, PrefixesIdsAndTheSameDocumentPointersAtThem) {
  pugi::xml_document tree;
  testing::parse_xml(tree,
                     "<TEI><body xml:id=\"body\"><w xml:id=\"w1\">a</w></body>"
                     "<span xml:id=\"e-0\" from=\"#w1\" to=\"#w1\" resp=\"#app\"/>"
                     "<span target=\"#string-range(body,0,1)  http://x.org/#y\" ana=\"#a #b\"/>"
                     "<ref n=\"#kept\"/></TEI>");
  prefix_xml_ids(tree, "d2.");
  EXPECT_EQ(testing::raw_xml(tree.child("TEI")),
            "<TEI><body xml:id=\"d2.body\"><w xml:id=\"d2.w1\">a</w></body>"
            "<span xml:id=\"d2.e-0\" from=\"#d2.w1\" to=\"#d2.w1\" resp=\"#d2.app\"/>"
            "<span target=\"#string-range(d2.body,0,1)  http://x.org/#y\" ana=\"#d2.a #d2.b\"/>"
            "<ref n=\"#kept\"/></TEI>");
}

// A file's own links, as TEI Publisher and critical editions write them, keep working.
TEST(XmlIdPrefix, PrefixesEveryPointerAttributeOfTei) {
  for (const char* name : {"ref", "decls", "wit", "calendar", "lemmaRef", "who", "corresp"}) {
    EXPECT_TRUE(is_pointer_attribute(name)) << name;
  }
  for (const char* name : {"n", "type", "url", "xml:base", "key", "when"}) {
    EXPECT_FALSE(is_pointer_attribute(name)) << name;
  }
  pugi::xml_document tree;
  testing::parse_xml(tree,
                     "<TEI><person xml:id=\"gv\"/><witness xml:id=\"A\"/>"
                     "<persName ref=\"#gv\">Verdi</persName><lem wit=\"#A\"/></TEI>");
  prefix_xml_ids(tree, "d1.");
  EXPECT_EQ(testing::raw_xml(tree.child("TEI")),
            "<TEI><person xml:id=\"d1.gv\"/><witness xml:id=\"d1.A\"/>"
            "<persName ref=\"#d1.gv\">Verdi</persName><lem wit=\"#d1.A\"/></TEI>");
}

}  // namespace
}  // namespace strata::formats
