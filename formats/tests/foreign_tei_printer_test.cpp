// print_with_tokens and append_pugixml_escaped: the bytes pugixml would print, tokens added.
#include "foreign_tei_printer.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "xml_output.hpp"

namespace strata::formats {
namespace {

// As the writers print a node: pugixml's bytes, but a CR in text as "&#13;".
std::string printed_by_pugixml(pugi::xml_node node) {
  std::ostringstream out;
  print_node(node, out, "", pugi::format_raw);
  return std::move(out).str();
}

// Every byte but NUL, in a text node and in an attribute: a pugixml that escapes otherwise
// (another version) fails here rather than in a file.
TEST(PugixmlEscaped, EscapesEveryByteAsPugixmlDoes) {
  std::string all;
  for (int c = 1; c < 256; ++c) all += static_cast<char>(c);
  pugi::xml_document tree;
  pugi::xml_node element = tree.append_child("e");
  element.append_attribute("a").set_value(all.c_str());
  element.append_child(pugi::node_pcdata).set_value(all.c_str());
  std::string ours = "<e a=\"";
  append_pugixml_escaped(ours, all, true);
  ours += "\">";
  append_pugixml_escaped(ours, all, false);
  ours += "</e>";
  EXPECT_EQ(ours, printed_by_pugixml(element));
}

constexpr const char* kFile =
    R"(<TEI a="x&amp;y"><text><body><p n="1">Roma, <hi rend="i">oggi</hi> &amp; poi</p><p><lb/>Fine</p><note>Nota</note></body></text></TEI>)";

// The nodes of "Roma, ... poi": the p's first and last text nodes.
struct Parsed {
  pugi::xml_document tree;
  pugi::xml_node first_text;
  pugi::xml_node last_text;
};

void parse(Parsed& parsed) {
  ASSERT_TRUE(parsed.tree.load_string(kFile));
  const pugi::xml_node p = parsed.tree.child("TEI").child("text").child("body").child("p");
  parsed.first_text = p.first_child();
  parsed.last_text = p.last_child();
}

TEST(PrintWithTokens, WritesTokensIntoTheirTextNodesAndTheRestAsPugixml) {
  Parsed parsed;
  parse(parsed);
  TokenWraps wraps;
  ASSERT_TRUE(wraps.add(parsed.first_text, 0, 0, 4, 0, "word", true));
  ASSERT_TRUE(wraps.add(parsed.first_text, 0, 4, 5, 1, "punct", false));
  ASSERT_TRUE(wraps.add(parsed.last_text, 2, 1, 2, 3, "symbol", false));  // "&"
  const LastChild last{parsed.tree.child("TEI").child("text"),
                       [](std::ostream& out) { out << "<back/>"; }};
  std::ostringstream out;
  print_with_tokens(parsed.tree, wraps, "s.", last, out);
  EXPECT_EQ(out.str(),
            R"(<TEI a="x&amp;y"><text><body><p n="1"><w xml:id="s.w1" join="right">Roma</w>)"
            R"(<pc xml:id="s.w2">,</pc> <hi rend="i">oggi</hi> <pc xml:id="s.w4" type="symbol">)"
            R"(&amp;</pc> poi</p><p><lb/>Fine</p><note>Nota</note></body><back/></text></TEI>)"
            "\n");
  // The tree is as it was read.
  EXPECT_EQ(printed_by_pugixml(parsed.tree.child("TEI")), kFile);
}

// More tokens than are kept in memory: the rest, with their attributes, are read back from a
// temporary file.
TEST(PrintWithTokens, ReadsBackTheTokensPutAside) {
  const std::size_t count = TokenWraps::kInMemory + 10;
  const auto attributes = [](std::size_t i) {
    return i % 3 == 0 ? " lemma=\"x" + std::to_string(i % 7) + "\"" : std::string();
  };
  std::string words;
  std::string expected = "<p>";
  for (std::size_t i = 0; i < count; ++i) {
    const std::string word = i % 2 == 0 ? "a" : "bc";
    words += word + " ";
    expected +=
        "<w xml:id=\"w" + std::to_string(i + 1) + "\"" + attributes(i) + ">" + word + "</w> ";
  }
  expected += "</p>\n";
  pugi::xml_document tree;
  pugi::xml_node text = tree.append_child("p").append_child(pugi::node_pcdata);
  text.set_value(words.c_str());
  TokenWraps wraps;
  std::uint32_t at = 0;
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint32_t length = i % 2 == 0 ? 1 : 2;
    ASSERT_TRUE(wraps.add(text, 0, at, at + length, i, "word", false, attributes(i)));
    at += length + 1;
  }
  std::ostringstream out;
  print_with_tokens(tree, wraps, "", {}, out);
  EXPECT_TRUE(out.str() == expected);  // not EXPECT_EQ: megabytes of output on a failure
}

TEST(PrintWithTokens, WithoutTokensIsPugixmlsPrint) {
  Parsed parsed;
  parse(parsed);
  TokenWraps wraps;
  std::ostringstream out;
  print_with_tokens(parsed.tree, wraps, "s.", {}, out);
  EXPECT_EQ(out.str(), std::string(kFile) + "\n");
}

}  // namespace
}  // namespace strata::formats
