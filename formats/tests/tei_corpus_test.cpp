#include "strata/formats/tei_corpus.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "strata/error.hpp"
#include "strata/formats/tei_check.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

// The member of `tei` with the prefix "d1.", or the error it throws.
std::string member_of(const std::string& tei) {
  std::istringstream in(tei);
  std::ostringstream out;
  try {
    write_tei_corpus_member(in, "d1.", out);
  } catch (const Error& e) {
    return std::string("error: ") + e.what();
  }
  return out.str();
}

TEST(TeiCorpus, PutsEachTeiInWithIdsOfItsOwn) {
  const std::string news = testing::sample_tei("news");
  std::ostringstream out;
  write_tei_corpus_start(2, testing::sample_run(), out);
  for (const char* prefix : {"d1.", "d2."}) {
    std::istringstream in(news);
    write_tei_corpus_member(in, prefix, out);
  }
  write_tei_corpus_end(out);
  const std::string xml = out.str();
  // Both copies have w1, body...: prefixed, they do not clash and every pointer resolves.
  EXPECT_THAT(check_tei(xml), IsEmpty()) << xml;
  EXPECT_THAT(xml, HasSubstr("<title>Corpus of 2 documents</title>"));
  EXPECT_THAT(xml, HasSubstr("<w xml:id=\"d1.w1\""));
  EXPECT_THAT(xml, HasSubstr("<w xml:id=\"d2.w1\""));
  EXPECT_THAT(xml, HasSubstr("who=\"#d2.strata\""));
  pugi::xml_document tree;
  testing::parse_xml(tree, xml);
  EXPECT_EQ(tree.child("teiCorpus").select_nodes("TEI").size(), 2u);
}

TEST(TeiCorpus, AMemberIsItsTeiElementCopiedWithIdsAndPointersPrefixed) {
  const std::string tei =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x \"y\">]>\n<!-- before -->\n"
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang='it'>"
      "<text xmlns=\"kept\"><p xml:id=\"p1\" n='a\"b'>A &amp; B<!-- c --><![CDATA[<x>]]></p>"
      "<ptr target=\"#p1 #string-range(p1,0,4)  http://e.org/#p1\" ana=\"#p1\"/>"
      "<span from = \"#p1\" to=\"#p1\" type=\"#p1\"></span></text></TEI>\n<!-- after -->\n";
  EXPECT_EQ(member_of(tei),
            "<TEI xml:lang=\"it\"><text xmlns=\"kept\"><p xml:id=\"d1.p1\" n=\"a&quot;b\">"
            "A &amp; B<!-- c --><![CDATA[<x>]]></p>"
            "<ptr target=\"#d1.p1 #string-range(d1.p1,0,4)  http://e.org/#p1\" ana=\"#d1.p1\"/>"
            "<span from=\"#d1.p1\" to=\"#d1.p1\" type=\"#p1\"></span></text></TEI>\n");
}

TEST(TeiCorpus, WhatIsNotTeiIsRefused) {
  EXPECT_THAT(member_of("<html/>"), HasSubstr("its root is not TEI"));
  EXPECT_THAT(member_of("<TEI>"), HasSubstr("<TEI> is not closed"));
  EXPECT_THAT(member_of("<TEI><p></q></TEI>"), HasSubstr("</q> closes <p>"));
  EXPECT_THAT(member_of("hello <TEI/>"), HasSubstr("text outside the TEI element"));
  EXPECT_THAT(member_of("<TEI/><TEI/>"), HasSubstr("a second element"));
  EXPECT_THAT(member_of("<TEI a=b/>"), HasSubstr("without quotes"));
  EXPECT_THAT(member_of("<TEI a=\"b/>"), HasSubstr("not closed"));
  EXPECT_THAT(member_of("<TEI><!-- open</TEI>"), HasSubstr("not closed"));
  EXPECT_THAT(member_of(""), HasSubstr("no TEI element"));
  EXPECT_THAT(member_of("<TEI/>"), "<TEI/>\n");
}

}  // namespace
}  // namespace strata::formats
