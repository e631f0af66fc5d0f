// The escaping that the TEI body is written with by hand (xml_output.hpp).
#include <gtest/gtest.h>

#include "xml_output.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

std::string text(std::string_view s) {
  std::string out = "[";  // what is there already stays
  append_escaped_text(out, s);
  return out;
}

// The same through put_escaped_text, into exactly the room it asks for.
std::string put_text(std::string_view s) {
  std::string out(kMaxEscapedSize * s.size(), '.');
  out.resize(static_cast<std::size_t>(put_escaped_text(out.data(), s) - out.data()));
  return "[" + out;
}

std::string attribute(std::string_view s) {
  std::string out = "[";
  append_escaped_attribute(out, s);
  return out;
}

TEST(XmlEscape, TextEscapesAmpersandAndAngleBracketsAndKeepsWhitespace) {
  EXPECT_EQ(text("a & b < c > d \"q\" 'a'\tt\nn citt\u00e0 \U0001F600"),
            "[a &amp; b &lt; c &gt; d \"q\" 'a'\tt\nn citt\u00e0 \U0001F600");
  EXPECT_EQ(text(""), "[");
  EXPECT_EQ(text("&&"), "[&amp;&amp;");
}

TEST(XmlEscape, PutEscapedTextWritesWhatAppendEscapedTextAppends) {
  for (const std::string_view s :
       {"", "a & b < c > d \"q\" 'a'\tt\nn citt\u00e0 \U0001F600", "&&&&", "\x01|\x1F"}) {
    EXPECT_EQ(put_text(s), text(s)) << s;
  }
}

TEST(XmlEscape, AttributeEscapesQuotesAndTheWhitespaceAParserWouldNormalize) {
  EXPECT_EQ(attribute("a & b < c > d \"q\" 'a'\tt\nn\rr citt\u00e0 \U0001F600"),
            "[a &amp; b &lt; c > d &quot;q&quot; 'a'&#09;t&#10;n&#13;r citt\u00e0 \U0001F600");
}

TEST(XmlEscape, ControlCharactersGetTwoDigitReferences) {
  EXPECT_EQ(text("\x01|\x1F"), "[&#01;|&#31;");
  EXPECT_EQ(attribute("\x01|\x1F"), "[&#01;|&#31;");
}

// Byte for byte what pugixml writes, for every ASCII character (NUL ends a pugixml string) and
// for multi-byte UTF-8.
TEST(XmlEscape, MatchesPugixmlAsPrintNodeWritesIt) {
  std::string all;
  for (int c = 1; c < 0x80; ++c) all += static_cast<char>(c);
  all += " citt\u00e0 \u2019 \U0001F600 \xEF\xBF\xBD";
  pugi::xml_document document;
  pugi::xml_node element = document.append_child("e");
  element.append_attribute("a").set_value(all.c_str());
  element.append_child(pugi::node_pcdata).set_value(all.c_str());

  std::string ours = "<e a=\"";
  append_escaped_attribute(ours, all);
  ours += "\">";
  append_escaped_text(ours, all);
  ours += "</e>";
  EXPECT_EQ(ours, testing::raw_xml(element));
}

TEST(XmlEscape, HandMadeElementsAreWrittenAsPugixmlWritesThem) {
  pugi::xml_document document;
  pugi::xml_node outer = document.append_child("span");
  outer.append_attribute("xml:id").set_value("e-1");
  outer.append_attribute("n").set_value("a\"b&c\td");
  pugi::xml_node inner = outer.append_child("fs");
  inner.append_attribute("type").set_value("LOC");
  outer.append_child("string");

  std::string ours = "[";
  start_element(ours, "span");
  append_attribute(ours, "xml:id", "e-1");
  append_attribute(ours, "n", "a\"b&c\td");
  const std::size_t content = end_start_tag(ours);
  start_element(ours, "fs");
  append_attribute(ours, "type", "LOC");
  end_element(ours, "fs", end_start_tag(ours));
  start_element(ours, "string");
  end_element(ours, "string", end_start_tag(ours));
  end_element(ours, "span", content);
  EXPECT_EQ(ours, "[" + testing::raw_xml(outer));
}

TEST(XmlEscape, StartTagEscapesItsValues) {
  EXPECT_EQ(start_tag("span", {{"type", "a\"b&c"}, {"n", "x\ty"}}),
            "<span type=\"a&quot;b&amp;c\" n=\"x&#09;y\">");
  EXPECT_EQ(start_tag("body", {}), "<body>");
}

}  // namespace
}  // namespace strata::formats
