#include "tei_additions.hpp"

#include <gtest/gtest.h>

#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

TEST(TeiAdditions, FindsThePrefixOfTheLastStrataRun) {
  pugi::xml_document tree;
  testing::parse_xml(tree,
                     "<TEI><teiHeader><encodingDesc><appInfo>"
                     "<application ident=\"strata\" xml:id=\"strata.strata\"/>"
                     "<application ident=\"other\" xml:id=\"x.strata\"/>"
                     "<application ident=\"strata\" xml:id=\"strata2.strata\"/>"
                     "</appInfo></encodingDesc></teiHeader></TEI>");
  EXPECT_EQ(added_id_prefix(tree.child("TEI")), "strata2.");
  pugi::xml_document none;
  testing::parse_xml(none, "<TEI><teiHeader/></TEI>");
  EXPECT_EQ(added_id_prefix(none.child("TEI")), "");
}

TEST(TeiAdditions, UnwrapsTokensAndRemovesTheRest) {
  pugi::xml_document tree;
  testing::parse_xml(tree,
                     "<TEI><text><body xml:id=\"s.body\"><p xml:id=\"p1\"><w xml:id=\"s.w1\">Ro"
                     "</w> <hi>x</hi><w xml:id=\"w9\">kept</w></p></body></text>"
                     "<standOff xml:id=\"s.standOff\"><span xml:id=\"s.e\"/></standOff></TEI>");
  remove_additions(tree, "s.");
  EXPECT_EQ(testing::raw_xml(tree.child("TEI")),
            "<TEI><text><body><p xml:id=\"p1\">Ro <hi>x</hi><w xml:id=\"w9\">kept</w></p></body>"
            "</text></TEI>");
}

}  // namespace
}  // namespace strata::formats
