#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "strata/error.hpp"
#include "xml_stream.hpp"
#include "xml_test_support.hpp"
#include "xml_tree_builder.hpp"
#include "xml_walk_events.hpp"

namespace strata::formats {
namespace {

// The events as one line: <name a=v>, text in quotes, and / for an end.
class Transcript : public XmlEvents {
 public:
  void start_element(std::string_view name, const XmlAttributes& attributes) override {
    flush();
    line += "<" + std::string(name);
    for (const char* const* pair = attributes.pairs(); *pair; pair += 2) {
      line += std::string(" ") + pair[0] + "=" + pair[1];
    }
    line += ">";
  }
  void end_element() override {
    flush();
    line += "/";
  }
  // Pieces are joined: where the parser cuts its text is not ours to depend on.
  void text(std::string_view piece) override { text_ += piece; }

  std::string line;

 private:
  void flush() {
    if (!text_.empty()) line += "\"" + text_ + "\"";
    text_.clear();
  }
  std::string text_;
};

std::string streamed(std::string_view xml) {
  Transcript transcript;
  stream_xml(xml, transcript);
  return transcript.line;
}

std::string walked(std::string_view xml) {
  pugi::xml_document tree;
  testing::parse_xml(tree, xml);
  Transcript transcript;
  walk_xml(tree.document_element(), transcript);
  return transcript.line;
}

std::string stream_error(std::string_view xml) {
  try {
    streamed(xml);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(XmlEvents, StreamAndTreeGiveTheSameEvents) {
  const char* xml =
      "<?xml version=\"1.0\"?>\n<r a=\"1\" b='&lt;2&gt;'><x/> t&amp;u <![CDATA[<c>]]><y z=\"\">"
      "&#233;</y><!-- note -->\n<q v=\"&amp;&#x41;&quot;\"/></r>";
  EXPECT_EQ(streamed(xml), "<r a=1 b=<2>><x>/\" t&u <c>\"<y z=>\"é\"/\"\n\"<q v=&A\">//");
  EXPECT_EQ(walked(xml), streamed(xml));
  // Strata's own TEI, as a whole.
  const std::string tei = testing::sample_tei("news");
  EXPECT_EQ(walked(tei), streamed(tei));
}

TEST(XmlEvents, AStreamIsReadInPiecesWithTextAcrossTheirEnds) {
  // Over 4 MB, the parser's piece: the text of one element runs across several cuts.
  std::string xml = "<r>";
  const std::string words(std::size_t{17} << 20, 'w');
  xml += "<a k=\"v\">" + words + "</a><b/></r>";
  EXPECT_EQ(streamed(xml), "<r><a k=v>\"" + words + "\"/<b>//");
  // Characters of 2, 3 and 4 bytes, references and line ends across the first cut, at each shift.
  const std::string across = "é€😀&amp;&#x41;\r\n<![CDATA[c]]>";
  for (std::size_t shift = 0; shift < 8; ++shift) {
    const std::string head = "<r>" + std::string((std::size_t{1} << 22) - 3 - shift, 'x');
    EXPECT_EQ(streamed(head + across + "</r>"), "<r>\"" + head.substr(3) + "é€😀&A\nc\"/") << shift;
  }
}

TEST(XmlEvents, BadXmlSaysWhatAndWhereOnOneLine) {
  EXPECT_EQ(stream_error("<r><a></r>"), "not well-formed XML: </r> closes <a> (line 1, column 11)");
  EXPECT_EQ(stream_error("<r><a>text"),
            "not well-formed XML: the file ends inside <a> (line 1, column 11)");
  EXPECT_EQ(stream_error(""), "not well-formed XML: the file is empty");
  EXPECT_EQ(stream_error(" <!-- no element -->"),
            "not well-formed XML: the file has no element (line 1, column 21)");
  // libxml2's own words, where they are clear.
  EXPECT_NE(stream_error("<r>&nope;</r>").find("'nope' not defined (line 1, column 10)"),
            std::string::npos);
  EXPECT_NE(stream_error("<r/><r/>").find("at the end of the document (line 1, column 5)"),
            std::string::npos);
  const std::string not_utf8 = stream_error("<r>\xFF\xFE</r>");
  EXPECT_NE(not_utf8.find("not proper UTF-8"), std::string::npos) << not_utf8;
  EXPECT_EQ(not_utf8.find('\n'), std::string::npos) << not_utf8;
  // The entity would name a local file: it must be neither read nor expanded.
  EXPECT_EQ(stream_error(R"x(<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>)x"),
            "XML with a DOCTYPE is not read (its entities are never fetched or expanded)");
  EXPECT_EQ(stream_error(R"x(<!DOCTYPE r SYSTEM "http://127.0.0.1:9/r.dtd"><r/>)x"),
            "XML with a DOCTYPE is not read (its entities are never fetched or expanded)");
}

TEST(XmlEvents, AStreamIsUtf8WithOrWithoutAByteOrderMark) {
  EXPECT_EQ(streamed("\xEF\xBB\xBF<r>é</r>"), "<r>\"é\"/");
  EXPECT_EQ(streamed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>é</r>"), "<r>\"é\"/");
  // "<r/>" in UTF-16, with its byte-order mark: refused, as the tree's parser refuses it.
  const std::string utf16("\xFF\xFE<\0r\0/\0>\0", 10);
  EXPECT_NE(stream_error(utf16).find("not well-formed XML"), std::string::npos);
}

// A reader's exception ends the parse and reaches the caller as it was thrown.
TEST(XmlEvents, WhatAReaderThrowsComesOutOfTheStream) {
  class Refuser : public Transcript {
   public:
    void start_element(std::string_view name, const XmlAttributes& attributes) override {
      if (name == "no") throw std::invalid_argument("refused");
      Transcript::start_element(name, attributes);
    }
  } refuser;
  EXPECT_THROW(stream_xml("<r><a/><no/><b/></r>", refuser), std::invalid_argument);
  EXPECT_EQ(refuser.line, "<r><a>/");
}

TEST(XmlTreeBuilder, BuildsTheTreeOfTheEvents) {
  XmlTreeBuilder builder;
  stream_xml("<h n=\"1\">a&amp;b<![CDATA[c]]><t>x</t>y</h>", builder);
  const pugi::xml_node root = builder.root();
  EXPECT_STREQ(root.name(), "h");
  EXPECT_STREQ(root.attribute("n").value(), "1");
  EXPECT_STREQ(root.child_value(), "a&bc");  // adjacent pieces are one text node
  EXPECT_STREQ(root.child_value("t"), "x");
  EXPECT_STREQ(root.last_child().value(), "y");
}

}  // namespace
}  // namespace strata::formats
