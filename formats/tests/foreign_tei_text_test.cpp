#include "foreign_tei_text.hpp"

#include <gtest/gtest.h>

#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

// The text extract_tei_text takes from the body in `body_xml`.
std::string extracted(std::string_view body_xml) {
  pugi::xml_document tree;
  testing::parse_xml(tree, body_xml);
  return extract_tei_text(tree.child("body")).text;
}

TEST(ForeignTeiText, CollapsesWhiteSpaceAndDropsItAtTheEnds) {
  EXPECT_EQ(extracted("<body><p>\n  Two \t words\n  and  <hi>three</hi> </p></body>"),
            "Two words and three");
}

TEST(ForeignTeiText, BlocksBecomeParagraphsAndLinesNewlines) {
  EXPECT_EQ(extracted("<body><head>Title</head><p>One.</p><p>Two.</p></body>"),
            "Title\n\nOne.\n\nTwo.");
  EXPECT_EQ(
      extracted("<body><sp><speaker>Tom</speaker><l>line one</l> <l>line two</l></sp></body>"),
      "Tom\n\nline one\nline two");
  EXPECT_EQ(extracted("<body><opener><salute>Dear Ann,</salute></opener><p>Hi.</p></body>"),
            "Dear Ann,\n\nHi.");
}

TEST(ForeignTeiText, LineBreaksAreNewlinesUnlessTheyBreakNoWord) {
  EXPECT_EQ(extracted("<body><p>first<lb/>second</p></body>"), "first\nsecond");
  EXPECT_EQ(extracted("<body><p>first <lb/> second</p></body>"), "first\nsecond");
  EXPECT_EQ(extracted("<body><p>car<lb break=\"no\"/>riages</p></body>"), "carriages");
  EXPECT_EQ(extracted("<body><p>the car \n<lb break=\"no\"/>\n   riages stop</p></body>"),
            "the carriages stop");
}

TEST(ForeignTeiText, LeavesOutNotesPageFurnitureAndFigureDescriptions) {
  EXPECT_EQ(
      extracted("<body><pb n=\"1\"/><fw>RUNNING HEAD</fw><p>morning<note>a <hi>note</hi></note>"
                " came<figure><figDesc>a drawing</figDesc></figure></p></body>"),
      "morning came");
}

TEST(ForeignTeiText, ReadsTheCorrectedRegularizedAndExpandedReadingOfAChoice) {
  EXPECT_EQ(extracted("<body><p>the <choice><sic>teh</sic><corr>the</corr></choice> "
                      "<choice><abbr>Dr</abbr><expan>Doctor</expan></choice> "
                      "<choice><orig>musick</orig><reg>music</reg></choice></p></body>"),
            "the the Doctor music");
  EXPECT_EQ(extracted("<body><p><sic>kept outside a choice</sic></p></body>"),
            "kept outside a choice");
}

TEST(ForeignTeiText, MapsEveryCopiedByteBackToItsTextNode) {
  pugi::xml_document tree;
  testing::parse_xml(tree, "<body><p>go <hi>Ro</hi>ma<note>n</note>  now</p></body>");
  const ExtractedText text = extract_tei_text(tree.child("body"));
  ASSERT_EQ(text.text, "go Roma now");
  // Text nodes: "go ", "Ro", "ma", "n" (in the note), "  now".
  ASSERT_EQ(text.nodes.size(), 5u);
  EXPECT_STREQ(text.nodes[3].value(), "n");
  for (const TextSource& source : text.sources) {
    const std::string_view node = text.nodes[source.node].value();
    if (source.copied()) {
      EXPECT_EQ(text.text.substr(source.begin, source.end - source.begin),
                node.substr(source.node_offset, source.node_length));
    } else {
      EXPECT_EQ(text.text.substr(source.begin, source.end - source.begin), " ");
      EXPECT_EQ(node.substr(source.node_offset, source.node_length), "  ");
    }
  }
  // "go " in one source, "Ro", "ma", the collapsed "  " and "now".
  EXPECT_EQ(text.sources.size(), 5u);
}

}  // namespace
}  // namespace strata::formats
